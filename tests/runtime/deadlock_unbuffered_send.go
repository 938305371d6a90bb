// main sends on an unbuffered channel nobody receives from.
package main

func main() {
	c := make(chan string)
	c <- "hello"
}

// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
