//go:build go1.22

package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1, 5, 5}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.IsSorted([]int{2, 1}))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(s, 3)
	fmt.Println(i, found)
	i, found = slices.BinarySearch([]int{}, 3)
	fmt.Println(i, found)
	s = slices.Compact(s)
	fmt.Println(s, len(s))
	fmt.Println(slices.Contains(s, 8), slices.Contains(s, 7), slices.Index(s, 9), slices.Index(s, 4))
	fmt.Println(slices.Max(s), slices.Min(s), slices.Max([]string{"b", "c", "a"}))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }), slices.ContainsFunc(s, func(v int) bool { return v < 0 }))

	t := slices.Insert([]int{1, 2, 3}, 1, 10, 11)
	fmt.Println(t)
	t = slices.Insert(t, len(t), 99)
	fmt.Println(t)
	t = slices.Delete(t, 0, 2)
	fmt.Println(t)
	t = slices.DeleteFunc(t, func(v int) bool { return v%2 == 1 })
	fmt.Println(t)
	u := []int{1, 2, 3, 4}
	slices.Reverse(u)
	fmt.Println(u, slices.Equal(u, []int{4, 3, 2, 1}), slices.Equal([]int{}, nil), slices.Equal(u, u[:2]))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1, 2}), slices.Compare([]int{1, 2, 0}, []int{1, 2}))
	c := slices.Clone(u)
	c[0] = 100
	fmt.Println(u[0], c[0], slices.Clone([]int(nil)) == nil)
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7, 8, 9))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, cap(slices.Clip(g)))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}))

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)
	j, ok := slices.BinarySearchFunc([]person{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(j, ok)
	fmt.Println(slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) }))
	fmt.Println(slices.MinFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) }))
	fmt.Println(slices.IsSortedFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) }))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "b"}, strings.EqualFold))

	f := []float64{3, math.NaN(), 1, math.Inf(-1), 2}
	slices.Sort(f)
	fmt.Println(f)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(math.NaN(), 0.0), cmp.Compare(math.NaN(), math.NaN()))

	big := make([]int, 5000)
	for i := range big {
		big[i] = (i * 7919) % 5000
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[0], big[4999])
	desc := make([]int, 300)
	for i := range desc {
		desc[i] = 300 - i
	}
	slices.SortFunc(desc, func(a, b int) int { return a - b })
	fmt.Println(slices.IsSorted(desc), desc[:3])
	stable := make([]person, 100)
	for i := range stable {
		stable[i] = person{fmt.Sprint(i), i % 3}
	}
	slices.SortStableFunc(stable, func(a, b person) int { return a.age - b.age })
	fmt.Println(stable[0], stable[33], stable[34], stable[99])

	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}

// Output:
// [1 2 2 5 5 5 8 9] true false
// 3 true
// 3 false
// 0 false
// [1 2 5 8 9] 5
// true false 4 -1
// 9 1 c
// 2 false
// [1 10 11 2 3]
// [1 10 11 2 3 99]
// [11 2 3 99]
// [2]
// [4 3 2 1] true true false
// -1 0 1
// 4 100 true
// [0 7 8 9 3]
// 1 true 1
// [1 2 3]
// [{bob 25} {dave 25} {alice 30} {carol 30} {eve 35}]
// [{eve 35} {dave 25} {carol 30} {bob 25} {alice 30}]
// 1 true
// {eve 35}
// {dave 25}
// true
// true
// [a b]
// [NaN -Inf 1 2 3]
// -1 1 true 0
// true 0 4999
// true [1 2 3]
// {0 0} {99 0} {1 1} {98 2}
// recovered: slices.Max: empty list
