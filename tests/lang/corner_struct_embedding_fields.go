package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Circle struct {
	Point
	R int
}

type Named struct {
	*Circle
	Name string
}

func main() {
	c := Circle{Point{1, 2}, 5}
	fmt.Println(c.X, c.Point.Y, c.R)
	fmt.Println(c)
	c.X = 10
	fmt.Println(c.Point)
	n := Named{&c, "ring"}
	n.Y = 20
	fmt.Println(c.Y, n.X, n.String(), n.Name)
	fmt.Printf("%v %+v\n", c.Point, c.Point)
	type Anon struct {
		int
		string
	}
	a := Anon{3, "s"}
	fmt.Println(a.int, a.string)
}

// Output:
// 1 2 5
// (1,2)
// (10,2)
// 20 10 (10,20) ring
// (10,20) (10,20)
// 3 s
