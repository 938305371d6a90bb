// Closing a nil channel panics.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("closing nil")
	close(c)
}

// Output:
// closing nil
// Panic: panic: close of nil channel
// Exit: 2
