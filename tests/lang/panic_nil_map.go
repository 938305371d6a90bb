package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["read is fine"])
	m["boom"] = 1
}

// Output:
// 0
// Panic: panic: assignment to entry in nil map
// Exit: 2
