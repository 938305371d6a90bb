package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y) // ERROR "undefined: y"
	z = 3              // ERROR "undefined: z"
	undefinedFunc(x)   // ERROR "undefined: undefinedFunc"
	fmt.Println(x)
}
