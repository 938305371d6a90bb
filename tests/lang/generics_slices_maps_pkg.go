package main

import (
	"fmt"
	"sort"
)

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for len(xs) > n {
		out = append(out, xs[:n:n])
		xs = xs[n:]
	}
	if len(xs) > 0 {
		out = append(out, xs)
	}
	return out
}

func main() {
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}))
	g := GroupBy([]string{"go", "c", "rust", "js", "zig"}, func(s string) int { return len(s) })
	ks := []int{}
	for k := range g {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Println(k, g[k])
	}
	fmt.Println(Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(len(Chunk([]string{}, 2)))
}

// Output:
// [3 1 2]
// 1 [c]
// 2 [go js]
// 3 [zig]
// 4 [rust]
// [[1 2 3] [4 5 6] [7]]
// 0
