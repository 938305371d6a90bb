package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Fields("a b c")
	fmt.Println(len(words))
	n := -1
	s := make([]int, n+2)
	fmt.Println(len(s))
	bad := make([]int, n)
	fmt.Println(bad)
}

// Output:
// 3
// 1
// Panic: panic: runtime error: makeslice: len out of range
// Exit: 2
