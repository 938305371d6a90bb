package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		fmt.Println("deferred 2 runs")
	}()
	fmt.Println("main body")
	var arr []int
	idx := 0
	fmt.Println(arr[idx])
}

// Output:
// main body
// deferred 2 runs
// deferred 1 runs
// Panic: panic: runtime error: index out of range [0] with length 0
// Exit: 2
