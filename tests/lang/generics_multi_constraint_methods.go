package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string    { return "circle" }
func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string    { return "square" }

func TotalArea[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Describe[S Shape](s S) string {
	return s.Name() + ":" + strconv.FormatFloat(s.Area(), 'f', 1, 64)
}

func main() {
	fmt.Println(TotalArea([]Circle{{1}, {2}}))
	fmt.Println(TotalArea([]Square{{3}}))
	fmt.Println(TotalArea([]Shape{Circle{1}, Square{2}}))
	fmt.Println(Describe(Circle{1.5}), Describe[Shape](Square{1}))
}

// Output:
// 15
// 9
// 7
// circle:6.8 square:1.0
