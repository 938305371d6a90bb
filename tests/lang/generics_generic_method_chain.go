package main

import (
	"fmt"
	"strings"
)

type Seq[T any] struct{ xs []T }

func Of[T any](xs ...T) Seq[T] { return Seq[T]{xs} }

func (s Seq[T]) Filter(f func(T) bool) Seq[T] {
	var out []T
	for _, x := range s.xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return Seq[T]{out}
}

func (s Seq[T]) Each(f func(T)) {
	for _, x := range s.xs {
		f(x)
	}
}

func MapSeq[T, U any](s Seq[T], f func(T) U) Seq[U] {
	out := make([]U, len(s.xs))
	for i, x := range s.xs {
		out[i] = f(x)
	}
	return Seq[U]{out}
}

func main() {
	s := Of(1, 2, 3, 4, 5, 6).Filter(func(n int) bool { return n%2 == 1 })
	MapSeq(s, func(n int) string { return strings.Repeat("*", n) }).Each(func(x string) { fmt.Println(x) })
	fmt.Println(len(Of[string]().xs))
}

// Output:
// *
// ***
// *****
// 0
