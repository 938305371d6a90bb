// Runaway recursion in a goroutine: Go's stack-limit fatal error. (Each
// frame holds a large array, so the 1 GB limit is reached in few calls.)
package main

import "fmt"

func f(n int) int {
	var pad [4096]int
	pad[n%4096] = n
	return f(n+1) + pad[(n+1)%4096]
}

func main() {
	done := make(chan int)
	go func() { done <- f(0) }()
	fmt.Println(<-done)
}

// Panic: runtime: goroutine stack exceeds 1000000000-byte limit
// Exit: 2
