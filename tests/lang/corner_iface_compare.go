package main

import "fmt"

type A struct{ n int }
type B struct{ n int }

func main() {
	var x, y interface{}
	fmt.Println(x == y, x == nil)
	x = A{1}
	y = A{1}
	fmt.Println(x == y)
	y = B{1}
	fmt.Println(x == y)
	x, y = 3, 3.0
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	var p *A
	x = p
	fmt.Println(x == nil, x == (*A)(nil))
	var s fmt.Stringer
	fmt.Println(s == nil)
	x = []int{1}
	fmt.Println(x == 5, x != "a")
}

// Output:
// true true
// true
// false
// false
// true
// false true
// true
// false true
