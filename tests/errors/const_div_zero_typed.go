package main

const zero = 0

func main() {
	const a = 10 / zero // ERROR "division by zero"
	var b int = 5
	b /= zero // ERROR "division by zero"
	_ = a
}
