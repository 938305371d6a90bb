package main

import "fmt"

type H struct{ tag string }

func (h H) Handle() {
	if r := recover(); r != nil {
		fmt.Println(h.tag, "handled", r)
	}
}

type Outer struct{ H }

func main() {
	o := Outer{H{"promoted"}}
	func() {
		defer o.Handle()
		panic("b")
	}()
	p := &H{"pointer"}
	func() {
		defer p.Handle()
		panic("c")
	}()
	fmt.Println("end")
}

// Output:
// promoted handled b
// pointer handled c
// end
