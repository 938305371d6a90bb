package main

import "fmt"

func main() {
	handlers := map[string]func(){}
	handlers["a"] = func() { fmt.Println("a called") }
	handlers["a"]()
	handlers["b"]()
}

// Output:
// a called
// Panic: panic: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
