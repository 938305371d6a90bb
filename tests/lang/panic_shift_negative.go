package main

import "fmt"

func main() {
	x := 1
	for n := 2; n >= -1; n-- {
		fmt.Println(x << n)
	}
}

// Output:
// 4
// 2
// 1
// Panic: panic: runtime error: negative shift amount
// Exit: 2
