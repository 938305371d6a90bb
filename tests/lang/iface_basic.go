package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%s %.3f %.3f\n", s.Name(), s.Area(), s.Perimeter())
	}
	fmt.Printf("%.3f\n", total(Rect{1, 1}, &Circle{2}))
	var s Shape = Rect{2, 5}
	var n Namer = s.(Namer)
	fmt.Println(n.Name())
	var any interface{} = 42
	fmt.Println(any)
	any = "str"
	fmt.Println(any)
	var e interface{}
	fmt.Println(e == nil)
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(s1 == s2, s1 != Rect{2, 1})
	c := &Circle{3}
	var s3, s4 Shape = c, c
	fmt.Println(s3 == s4)
	var i1 interface{} = 1
	var i2 interface{} = 1.0
	fmt.Println(i1 == i2, i1 == 1, i2 == 1.0)
}

// Output:
// rect 12.000 14.000
// circle 3.142 6.283
// 13.566
// rect
// 42
// str
// true
// true true
// true
// false true true
