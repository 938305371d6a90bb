package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(len(m), m["x"])
	m["x"] = append(m["x"], 1)
}

// Output:
// 0 []
// Panic: panic: assignment to entry in nil map
// Exit: 2
