package main

func add(a, b int) int { return a + b }

func none() {}

func main() {
	_ = add(1)       // ERROR "not enough arguments in call to add"
	_ = add(1, 2, 3) // ERROR "too many arguments in call to add"
	none(1)          // ERROR "too many arguments in call to none"
	_ = add(1, 2)
}
