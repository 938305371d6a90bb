package main

import "fmt"

func Flatten[T any](xss [][]T) []T {
	var out []T
	for _, xs := range xss {
		out = append(out, xs...)
	}
	return out
}

func Permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{append([]T(nil), xs...)}
	}
	var out [][]T
	for i := range xs {
		rest := make([]T, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func main() {
	fmt.Println(Flatten([][]int{{1, 2}, {}, {3}}))
	for _, p := range Permutations([]string{"a", "b", "c"}) {
		fmt.Println(p)
	}
	fmt.Println(len(Permutations([]int{1, 2, 3, 4})))
}

// Output:
// [1 2 3]
// [a b c]
// [a c b]
// [b a c]
// [b c a]
// [c a b]
// [c b a]
// 24
