package main

import "fmt"

func main() {
	var b byte = 255
	b++
	fmt.Println(b)
	panic(b + 7)
}

// Output:
// 0
// Panic: panic: 7
// Exit: 2
