// Closing a closed channel panics, recoverably; a second time unrecovered.
package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(c)
	}()
	close(c)
}

// Output:
// recovered: close of closed channel
// Panic: panic: close of closed channel
// Exit: 2
