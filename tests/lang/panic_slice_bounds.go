package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s[1:5]))
	hi := 6
	fmt.Println(s[1:hi])
}

// Output:
// 4
// Panic: panic: runtime error: slice bounds out of range [:6] with capacity 5
// Exit: 2
