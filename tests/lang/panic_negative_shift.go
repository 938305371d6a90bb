package main

import "fmt"

func main() {
	x := 1
	n := 3
	fmt.Println(x << n)
	n = -n
	fmt.Println(x << n)
}

// Output:
// 8
// Panic: panic: runtime error: negative shift amount
// Exit: 2
