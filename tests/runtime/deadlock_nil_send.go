// A send on a nil channel blocks forever.
package main

func main() {
	var c chan int
	c <- 1
}

// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
