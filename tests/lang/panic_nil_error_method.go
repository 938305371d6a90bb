package main

import "fmt"

func find() error { return nil }

func main() {
	err := find()
	fmt.Println(err == nil)
	fmt.Println(err.Error())
}

// Output:
// true
// Panic: panic: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
