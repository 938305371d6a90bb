package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

var a = note("a", b+c)
var b = note("b", f())
var c = note("c", 3)
var d = note("d", 4)

func f() int {
	return d * 10
}

var total = sum(a, b, c, d)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(a, b, c, d, total)
	fmt.Println(trace)
}

// Output:
// 43 40 3 4 90
// [c d b a]
