package main

type Point struct{ X, Y int }

func main() {
	s := "12"
	_ = int(s) // ERROR "cannot convert s"
	p := Point{}
	_ = float64(p) // ERROR "cannot convert p"
	var f float64 = 1
	_ = string(f) // ERROR "cannot convert f"
	_ = []int("x") // ERROR "cannot convert"
}
