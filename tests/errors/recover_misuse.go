package main

func main() {
	x := recover(1) // ERROR "too many arguments"
	panic()         // ERROR "not enough arguments"
	_ = x
}
