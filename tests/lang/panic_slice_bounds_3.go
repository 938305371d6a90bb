package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	fmt.Println(len(s[:5]), cap(s[1:3:4]))
	hi := 6
	_ = s[:hi]
}

// Output:
// 5 3
// Panic: panic: runtime error: slice bounds out of range [:6] with capacity 5
// Exit: 2
