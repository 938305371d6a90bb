//go:build go1.22

// Go 1.21 infers a generic function's type arguments from the function
// type it is assigned to: a declaration, an assignment, an argument and a
// return value.
package main

import "fmt"

func Identity[T any](x T) T { return x }

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func Double[N ~int | ~float64](n N) N { return n * 2 }

func apply(f func(int) int, v int) int { return f(v) }

func applyAll(v float64, fs ...func(float64) float64) float64 {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func pick() func(string) string { return Identity }

func main() {
	var f func(int) int = Identity
	fmt.Println(f(3))
	var g func(string, bool) map[string]bool
	g = Pair
	fmt.Println(g("a", true))
	fmt.Println(apply(Double, 21))
	fmt.Println(applyAll(1.5, Double, Identity, Double))
	fmt.Println(pick()("hi"))
}

// Output:
// 3
// map[a:true]
// 42
// 6
// hi
