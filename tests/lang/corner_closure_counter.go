package main

import "fmt"

func gen() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := gen()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	next2, _ := gen()
	fmt.Println(next2(), next())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
}

// Output:
// 1 2
// 101
// 1 102
// 3
// 610
