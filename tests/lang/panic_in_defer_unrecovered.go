package main

import "fmt"

func main() {
	defer fmt.Println("runs before crash")
	defer func() {
		panic("from defer")
	}()
	panic("first")
}

// Output:
// runs before crash
// Panic: panic: first
// Exit: 2
