package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func NewSquare(s float64) Square   { return Square{Rect{s, s}} }
func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	kind := ""
	switch v := s.(type) {
	case Circle:
		kind = "round"
	case Square:
		kind = fmt.Sprintf("square side %g", v.W)
	case Rect:
		if v.W > v.H {
			kind = "wide"
		} else {
			kind = "tall"
		}
	default:
		kind = fmt.Sprintf("%T", v)
	}
	return kind
}

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2), Rect{1, 5}, Circle{0.5}}
	sort.Sort(byArea(shapes))
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-14v area=%7.3f perim=%7.3f %s\n", s, s.Area(), s.Perimeter(), describe(s))
	}
	fmt.Printf("total %.4f\n", total)
	var names []string
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			names = append(names, st.String())
		}
	}
	fmt.Println(strings.Join(names, ", "))
	largest := shapes[len(shapes)-1]
	fmt.Println(largest, largest == Shape(Rect{3, 4}))
}

// Output:
// Circle(r=0.5)  area=  0.785 perim=  3.142 round
// Circle(r=1)    area=  3.142 perim=  6.283 round
// Square(2)      area=  4.000 perim=  8.000 square side 2
// Rect(1x5)      area=  5.000 perim= 12.000 tall
// {3              4              5             } area=  6.000 perim= 12.000 main.Triangle
// Rect(3x4)      area= 12.000 perim= 14.000 tall
// total 30.9270
// Circle(r=0.5), Circle(r=1), Square(2), Rect(1x5), Rect(3x4)
// Rect(3x4) true
