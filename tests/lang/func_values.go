package main

import (
	"fmt"
	"strings"
)

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []string, keep func(string) bool) []string {
	var out []string
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func main() {
	ops := map[string]op{"add": add, "mul": mul, "sub": func(a, b int) int { return a - b }}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	fmt.Println(mapInts([]int{1, 2, 3}, double))
	fmt.Println(filter([]string{"apple", "kiwi", "banana"}, func(s string) bool {
		return strings.Contains(s, "an")
	}))
	var nilf func()
	fmt.Println(nilf == nil)
	fs := []func() string{
		func() string { return "first" },
		func() string { return "second" },
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(func(a ...int) int { return len(a) }(1, 2, 3))
	upper := strings.ToUpper
	fmt.Println(upper("shout"))
}

// Output:
// add 10
// mul 21
// sub 4
// 12 11
// [2 4 6]
// [banana]
// true
// first second 
// 3
// SHOUT
