// Every goroutine blocked: senders on a full channel, main on a select
// with a nil channel.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		go func(i int) { c <- i }(i)
	}
	var nilc chan int
	fmt.Println("waiting")
	select {
	case <-nilc:
	}
}

// Output:
// waiting
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
