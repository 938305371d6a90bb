package main

import "fmt"

func main() {
	defer fmt.Println("deferred print still runs")
	panic(42)
}

// Output:
// deferred print still runs
// Panic: panic: 42
// Exit: 2
