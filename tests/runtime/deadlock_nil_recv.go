// Receiving from a nil channel blocks forever: with nothing else running,
// a deadlock.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("before")
	<-c
}

// Output:
// before
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
