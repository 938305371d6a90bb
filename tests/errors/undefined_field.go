package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Len() int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	fmt.Println(p.Z)     // ERROR "p.Z undefined"
	fmt.Println(p.Area()) // ERROR "p.Area undefined"
	p.W = 3              // ERROR "p.W undefined"
	fmt.Println(p.Len())
}
