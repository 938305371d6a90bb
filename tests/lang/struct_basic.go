package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Person struct {
	Name    string
	Age     int
	Email   string
	Friends []string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	fmt.Println(p == Point{1, 2}, p != q, z == Point{})
	r := Rect{Min: Point{0, 0}, Max: Point{4, 3}, Name: "r"}
	fmt.Println(r, r.Area())
	r2 := r
	r2.Max.X = 10
	fmt.Println(r.Max.X, r2.Max.X, r2.Area())
	pp := &r.Min
	pp.X = -2
	fmt.Println(r.Min, r.Area())
	per := Person{Name: "Ann", Age: 30}
	per.Friends = append(per.Friends, "Bob")
	fmt.Printf("%v\n%+v\n", per, per)
	ptr := &Person{"Cy", 41, "cy@x", nil}
	ptr.Age++
	fmt.Println(ptr.Name, ptr.Age, (*ptr).Email)
	pts := []Point{{1, 1}, {2, 4}, {X: 3}}
	sum := Point{}
	for _, pt := range pts {
		sum.X += pt.X
		sum.Y += pt.Y
	}
	fmt.Println(sum)
	grid := [2][2]Point{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	fmt.Println(grid[1][0].Y, grid)
	type inner struct{ a [2]int }
	fmt.Println(inner{[2]int{1, 2}} == inner{[2]int{1, 2}})
}

// Output:
// {1 2} {0 5} {0 0}
// true true true
// {{0 0} {4 3} r} 12
// 4 10 30
// {-2 0} 18
// {Ann 30  [Bob]}
// {Name:Ann Age:30 Email: Friends:[Bob]}
// Cy 42 cy@x
// {6 5}
// 6 [[{1 2} {3 4}] [{5 6} {7 8}]]
// true
