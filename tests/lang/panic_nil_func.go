package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling nil func")
	fmt.Println(f(1))
}

// Output:
// calling nil func
// Panic: panic: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
