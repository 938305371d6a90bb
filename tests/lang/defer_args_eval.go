package main

import "fmt"

type T struct{ n int }

func (t T) show(tag string)  { fmt.Println(tag, "value", t.n) }
func (t *T) pshow(tag string) { fmt.Println(tag, "pointer", t.n) }

func main() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	t := T{10}
	defer t.show("a")
	defer t.pshow("b")
	t.n = 20
	s := []int{1, 2, 3}
	defer fmt.Println("slice:", s)
	s[0] = 99
	defer func(v int) { fmt.Println("closure arg", v, "live", x) }(x)
	x = 3
}

// Output:
// closure arg 2 live 3
// slice: [99 2 3]
// b pointer 20
// a value 10
// x at defer: 1
