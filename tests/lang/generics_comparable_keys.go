package main

import (
	"fmt"
	"sort"
)

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type P struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"))
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	fmt.Println(Index([]float64{1.5}, 2))
	ks := Keys(map[string]bool{"z": true, "a": false, "m": true})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Count([]P{{1, 1}, {2, 2}, {1, 1}}))
	fmt.Println(Count([]string{"x", "y", "x", "x"}))
}

// Output:
// 2
// 1
// -1
// [a m z]
// map[{1 1}:2 {2 2}:1]
// map[x:3 y:1]
