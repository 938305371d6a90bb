package main

func main() {
	x := 1
	var y x // ERROR "x is not a type|x [(]variable of type int[)] is not a type"
	_ = y
	type T int
	_ = T + 1 // ERROR "T [(]type[)] is not an expression|is not an expression"
}
