package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(evens, strconv.Itoa)
	fmt.Println(evens, strs, len(strs))
	fmt.Println(Reduce(nums, 0, func(a, b int) int { return a + b }))
	fmt.Println(Reduce(strs, "", func(a string, s string) string { return a + s + ";" }))
	fmt.Println(Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
}

// Output:
// [2 4 6] [2 4 6] 3
// 21
// 2;4;6;
// [1 2]
