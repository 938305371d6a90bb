package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~float64 | ~string
}

func SortBy[T any, K Ordered](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func MinBy[T any, K Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) < key(best) {
			best = x
		}
	}
	return best, true
}

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Carol", 35}, {"Alice", 30}, {"Bob", 25}}
	SortBy(people, func(p Person) string { return p.Name })
	fmt.Println(people)
	SortBy(people, func(p Person) int { return p.Age })
	fmt.Println(people)
	y, ok := MinBy(people, func(p Person) float64 { return -float64(p.Age) })
	fmt.Println(y, ok)
	_, ok = MinBy([]Person{}, func(p Person) int { return 0 })
	fmt.Println(ok)
}

// Output:
// [{Alice 30} {Bob 25} {Carol 35}]
// [{Bob 25} {Alice 30} {Carol 35}]
// {Carol 35} true
// false
