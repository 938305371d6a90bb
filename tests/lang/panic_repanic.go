package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("caught:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("original")
}

// Output:
// caught: original
// Panic: panic: original [recovered]
// Exit: 2
