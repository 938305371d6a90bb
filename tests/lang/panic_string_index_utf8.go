package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(s[1], len(s))
	i := len(s)
	fmt.Println(s[i])
}

// Output:
// 195 6
// Panic: panic: runtime error: index out of range [6] with length 6
// Exit: 2
