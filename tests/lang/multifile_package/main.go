package main

import "fmt"

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string    { return fmt.Sprintf("square %g", s.S) }

func init() {
	for _, sz := range defaultSizes {
		register(Square{sz * scale})
	}
}

func main() {
	total := 0.0
	for _, n := range names() {
		a := registry[n].Area()
		total += a
		fmt.Printf("%-12s %6.1f\n", n, a)
	}
	fmt.Println("total", total, "scale", scale)
}

// Output:
// rect 2x3        6.0
// square 3        9.0
// square 6       36.0
// square 9       81.0
// total 132 scale 3
