package main

import "fmt"

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func main() {
	p := Ptr(5)
	*p++
	fmt.Println(*p, Deref(p, 0), Deref[int](nil, -1))
	fmt.Println(Fill(3, "x"), Fill(2, []int{1}))
	fmt.Println(IsZero(0), IsZero(""), IsZero("a"), IsZero(struct{ a int }{}))
	sp := Ptr("hi")
	fmt.Println(*sp)
}

// Output:
// 6 6 -1
// [x x x] [[1] [1]]
// true true false true
// hi
