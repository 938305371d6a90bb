// A send case on a closed channel in select panics too, and a sender
// blocked when the channel is closed panics as it wakes.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		select {
		case c <- 1:
		default:
		}
	}()
	d := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(d)
	}()
	d <- 1
}

// Output:
// recovered: send on closed channel
// Panic: panic: send on closed channel
// Exit: 2
