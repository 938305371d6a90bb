package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Robot struct {
	Speaker
	Name string
}

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

func main() {
	r := Robot{Dog{}, "rex"}
	fmt.Println(r.Name, r.Speak())
	var s Speaker = r
	fmt.Println(s.Speak())
	s = Loud{r}
	fmt.Println(s.Speak())
	defer func() { fmt.Println("recovered:", recover()) }()
	empty := Robot{Name: "none"}
	fmt.Println(empty.Speaker == nil)
	empty.Speak()
}

// Output:
// rex woof
// woof
// woof!!!
// true
// recovered: runtime error: invalid memory address or nil pointer dereference
