package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("original")
}

// Output:
// recovered original
// Panic: panic: original [recovered]
// Exit: 2
