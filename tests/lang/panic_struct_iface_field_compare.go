package main

import "fmt"

type Box struct {
	V interface{}
}

func main() {
	a, b := Box{1}, Box{1}
	fmt.Println(a == b)
	c, d := Box{"x"}, Box{2}
	fmt.Println(c == d)
	e, f := Box{[]int{1}}, Box{[]int{1}}
	fmt.Println(e == f)
}

// Output:
// true
// false
// Panic: panic: runtime error: comparing uncomparable type []int
// Exit: 2
