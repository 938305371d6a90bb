package main

import "fmt"

type Num[T int | float64] struct{ v T }

func (n Num[T]) Double() Num[T]  { return Num[T]{n.v * 2} }
func (n *Num[T]) Add(d T)        { n.v += d }

func main() {
	n := Num[int]{3}
	f := Num[int].Double
	fmt.Println(f(n).v)
	g := (*Num[int]).Add
	g(&n, 10)
	fmt.Println(n.v)
	h := n.Double
	n.v = 100
	fmt.Println(h().v)
	fl := &Num[float64]{1.5}
	fl.Add(1)
	fmt.Println(fl.Double().v)
}

// Output:
// 6
// 13
// 26
// 5
