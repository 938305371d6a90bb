package main

import "fmt"

func main() {
	var i interface{} = int8(3)
	switch v := i.(type) {
	case int:
		fmt.Println("int", v)
	default:
		fmt.Printf("other %T\n", v)
	}
	n := i.(int)
	fmt.Println(n)
}

// Output:
// other int8
// Panic: panic: interface conversion: interface {} is int8, not int
// Exit: 2
