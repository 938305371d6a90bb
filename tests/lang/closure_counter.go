package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int {
			n++
			return n
		}, func() {
			n = 0
		}
}

func adder(start int) func(int) int {
	sum := start
	return func(x int) int {
		sum += x
		return sum
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	acc := adder(10)
	acc(5)
	fmt.Println(acc(20))
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	x := 1
	set := func(v int) { x = v }
	get := func() int { return x }
	set(42)
	fmt.Println(x, get())
	x = 7
	fmt.Println(get())
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i * 10
		fs = append(fs, func() int { return j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	total := 0
	func() {
		for i := 1; i <= 4; i++ {
			total += i
		}
	}()
	fmt.Println(total)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(10))
}

// Output:
// 1 2 3
// 1
// 35
// 0 1 1 2 3 5 8 13 21 34 
// 42 42
// 7
// 0 10 20 
// 10
// 55
