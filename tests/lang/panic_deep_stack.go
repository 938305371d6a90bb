package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		var m map[int]int
		m[0] = 1
	}
	return depth(n-1) + 1
}

func main() {
	defer fmt.Println("deferred in main")
	fmt.Println(depth(50))
}

// Output:
// deferred in main
// Panic: panic: assignment to entry in nil map
// Exit: 2
