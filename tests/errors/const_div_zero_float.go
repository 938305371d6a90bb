package main

func main() {
	const z = 0.0
	x := 1.5 / z // ERROR "division by zero"
	n := 10
	_ = n % 0    // ERROR "division by zero"
	_ = x
}
