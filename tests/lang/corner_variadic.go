package main

import "fmt"

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func count(args ...interface{}) int { return len(args) }

func main() {
	fmt.Println(sum(1), sum(1, 2, 3))
	s := []int{10, 20}
	fmt.Println(sum(0, s...))
	mutate(s...)
	fmt.Println(s)
	mutate(5, 6)
	fmt.Println(count(), count(nil), count(1, "a", nil))
	is := []interface{}{1, 2}
	fmt.Println(count(is...), count(is))
	fmt.Println(append([]byte("ab"), "cd"...))
}

// Output:
// 1 6
// 30
// [-1 20]
// 0 1 3
// 2 1
// [97 98 99 100]
