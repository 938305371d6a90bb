// time.AfterFunc runs its function in its own goroutine after the delay;
// Stop before then prevents it; Reset re-arms it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "first" })
	fmt.Println(<-done)

	fired := make(chan bool, 1)
	t := time.AfterFunc(time.Hour, func() { fired <- true })
	fmt.Println("stop:", t.Stop())
	select {
	case <-fired:
		fmt.Println("stopped func ran")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped func did not run")
	}
	t.Reset(time.Millisecond)
	fmt.Println("after reset ran:", <-fired)

	// AfterFunc's function runs on another goroutine: it may block.
	ch := make(chan int)
	time.AfterFunc(time.Millisecond, func() {
		ch <- 1
		ch <- 2
	})
	fmt.Println(<-ch, <-ch)
}

// Output:
// first
// stop: true
// stopped func did not run
// after reset ran: true
// 1 2
