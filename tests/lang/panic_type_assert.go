package main

import "fmt"

func main() {
	var i interface{} = "str"
	s := i.(string)
	fmt.Println(s)
	n := i.(int)
	fmt.Println(n)
}

// Output:
// str
// Panic: panic: interface conversion: interface {} is string, not int
// Exit: 2
