package main

import "fmt"

func main() {
	fmt.Println("working")
	panic("boom")
}

// Output:
// working
// Panic: panic: boom
// Exit: 2
