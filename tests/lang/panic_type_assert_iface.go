package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var v interface{} = Sq{2}
	fmt.Println(v.(Shape).Area())
	var w interface{} = 5
	_ = w.(Shape)
}

// Output:
// 4
// Panic: panic: interface conversion: int is not main.Shape: missing method Area
// Exit: 2
