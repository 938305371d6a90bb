package main

type Point struct{ X, Y int }

func main() {
	_ = Point{Z: 1}      // ERROR "unknown field '?Z'? in struct literal"
	_ = Point{1}         // ERROR "too few values in"
	_ = Point{1, 2, 3}   // ERROR "too many values in"
	_ = Point{X: 1, 2}   // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
}
