package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func a() {
	defer trace("a")()
	fmt.Println("in a")
	b()
}

func b() {
	defer trace("b")()
	fmt.Println("in b")
}

func main() {
	a()
	x := 10
	defer func(v int) { fmt.Println("arg", v, "closure", x) }(x * 2)
	x = 20
}

// Output:
// enter a
// in a
// enter b
// in b
// exit b
// exit a
// arg 20 closure 20
