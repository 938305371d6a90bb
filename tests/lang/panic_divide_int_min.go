package main

import "fmt"

func main() {
	x := -9223372036854775808
	y := -1
	fmt.Println(x/y, x%y)
	z := 0
	fmt.Println(x % z)
}

// Output:
// -9223372036854775808 0
// Panic: panic: runtime error: integer divide by zero
// Exit: 2
