package main

func main() {
	x := 5
	x() // ERROR "cannot call non-function x"
	s := "str"
	_ = s(1) // ERROR "cannot call non-function s"
	type T struct{}
	var t T
	t() // ERROR "cannot call non-function t"
}
