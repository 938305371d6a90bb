// Sending on a closed channel panics, even for a sender that was already
// blocked when the channel was closed.
package main

import "fmt"

func main() {
	c := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint(recover()) }()
		c <- 1
	}()
	close(c)
	fmt.Println(<-res)
	d := make(chan int, 1)
	close(d)
	d <- 2
}

// Output:
// send on closed channel
// Panic: panic: send on closed channel
// Exit: 2
