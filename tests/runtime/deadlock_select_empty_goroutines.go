// select {} in main while the only other goroutine is blocked on a nil
// channel send.
package main

import "fmt"

func main() {
	var c chan int
	go func() { c <- 1 }()
	fmt.Println("main blocks")
	select {}
}

// Output:
// main blocks
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
