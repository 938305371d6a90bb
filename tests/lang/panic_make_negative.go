package main

import "fmt"

func main() {
	n := 3
	fmt.Println(len(make([]int, n)))
	n = -1
	_ = make([]int, n)
}

// Output:
// 3
// Panic: panic: runtime error: makeslice: len out of range
// Exit: 2
