package main

import "fmt"

type A struct{ Name string }

func (A) Who() string    { return "A" }
func (A) OnlyA() string  { return "onlyA" }
func (a *A) SetName(n string) { a.Name = n }

type B struct{ Name string }

func (B) Who() string { return "B" }

type Inner struct {
	A
	Level int
}

type Outer struct {
	Inner
	B          // B.Name and Inner.A.Name: B's is shallower (depth 1 vs 2)
	Level string // shadows Inner.Level
}

func (o Outer) Who() string { return "Outer(" + o.B.Who() + "," + o.Inner.Who() + ")" }

type Tagger interface{ Who() string }

func main() {
	o := Outer{Inner{A{"a-name"}, 1}, B{"b-name"}, "top"}
	fmt.Println(o.Name)        // B.Name at depth 1
	fmt.Println(o.Inner.Name)  // A.Name
	fmt.Println(o.Level, o.Inner.Level)
	fmt.Println(o.Who(), o.Inner.Who(), o.OnlyA())
	o.SetName("renamed") // promoted through Inner.A, addressable o
	fmt.Println(o.Inner.A.Name, o.B.Name)
	var t Tagger = o
	fmt.Println(t.Who())
	var t2 Tagger = o.Inner
	fmt.Println(t2.Who())
	fmt.Printf("%+v\n", o)
	in := &Inner{}
	in.SetName("via pointer")
	fmt.Println(in.Name, in.A.Name)
}

// Output:
// b-name
// a-name
// top 1
// Outer(B,A) A onlyA
// renamed b-name
// Outer(B,A)
// A
// {Inner:{A:{Name:renamed} Level:1} B:{Name:b-name} Level:top}
// via pointer via pointer
