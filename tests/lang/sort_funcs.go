package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"peach", "banana", "apple", "Cherry"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 28}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	idx := sort.SearchInts(ints, 4)
	fmt.Println(idx, sort.SearchInts(ints, 10), sort.SearchStrings(strs, "banana"))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	words := []string{"bb", "a", "ccc", "dd"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fmt.Println(sort.IsSorted(ByAge(people)))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println(ok)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	ss := sort.StringSlice{"z", "x", "y"}
	ss.Sort()
	fmt.Println(ss)
}

// Output:
// [1 2 3 4 5 6] true
// [Cherry apple banana peach]
// [-1 0 2.5 3.25]
// [{Bob 25} {Dan 28} {Alice 30} {Carol 35}]
// [{Carol 35} {Alice 30} {Dan 28} {Bob 25}]
// [{Alice 30} {Bob 25} {Carol 35} {Dan 28}]
// [{Bob 25} {Dan 28} {Alice 30} {Carol 35}]
// 3 6 2
// 8
// [ccc bb dd a]
// true
// true
// [6 5 4 3 2 1]
// [x y z]
