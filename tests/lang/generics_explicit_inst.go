package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From ~int | ~float64](f From) To { return To(f) }

func Apply[T any](f func(T) T, v T, n int) T {
	for i := 0; i < n; i++ {
		v = f(v)
	}
	return v
}

func double[T ~int | ~float64](v T) T { return v * 2 }

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Convert[int](3.9), Convert[float64](7))
	f := double[float64]
	fmt.Println(f(1.25), Apply(double[int], 1, 10))
	g := Apply[string]
	fmt.Println(g(func(s string) string { return s + "!" }, "hi", 3))
}

// Output:
// "" 0 true true
// 3 7
// 2.5 1024
// hi!!!
