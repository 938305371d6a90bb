package main

import "fmt"

func stack() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func evalArgsEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func modifyResult() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := &resource{"a"}
	defer a.Close()
	b := &resource{"b"}
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func loopClosure() {
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Print("v", v, " ") }(i)
	}
}

func main() {
	stack()
	fmt.Println()
	evalArgsEarly()
	fmt.Println(modifyResult())
	useResources()
	loopClosure()
	fmt.Println()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("end")
}

// Output:
// body 3 2 1 0 
// x now 2
// deferred x = 1
// 12
// using a b
// close b
// close a
// v2 v1 v0 
// inner body
// inner deferred
// end
