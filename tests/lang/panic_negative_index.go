package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	i := 1
	fmt.Println(s[i])
	i -= 2
	fmt.Println(s[i])
}

// Output:
// b
// Panic: panic: runtime error: index out of range [-1]
// Exit: 2
