package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Dist() int      { return abs(p.X) + abs(p.Y) }
func (p *Point) Scale(k int)   { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	p := Point{3, -4}
	d := p.Dist // method value binds a copy of p now
	p.X = 100
	fmt.Println(d(), p.Dist())

	q := &Point{1, 2}
	scale := q.Scale
	scale(3)
	scale(2)
	fmt.Println(*q)

	dist := Point.Dist
	fmt.Println(dist(Point{-1, -1}))
	sc := (*Point).Scale
	sc(q, 10)
	fmt.Println(q.X, q.Y)
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 3}))
	pd := (*Point).Dist
	fmt.Println(pd(q))

	fns := []func() int{p.Dist, q.Dist}
	p.Y = 0
	for _, f := range fns {
		fmt.Println(f())
	}
	fmt.Printf("%T\n", dist)
	fmt.Printf("%T\n", sc)
}

// Output:
// 7 104
// {6 12}
// 2
// 60 120
// {3 4}
// 180
// 104
// 180
// func(main.Point) int
// func(*main.Point, int)
