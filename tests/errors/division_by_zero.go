package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0) // ERROR "division by zero"
	fmt.Println(x % 0) // ERROR "division by zero"
	const c = 1 / 0    // ERROR "division by zero"
	f := 1.5
	fmt.Println(f / 0.0)
	fmt.Println(c)
}
