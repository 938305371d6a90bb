// Sending on a full buffered channel with no receiver deadlocks.
package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	c <- 3
}

// Output:
// 2 2
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
