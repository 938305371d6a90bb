// A select loop with a per-iteration timeout: a slow producer misses its
// deadline at least once (it sleeps three timeouts long), and a quit
// channel ends the loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		data <- 1
		data <- 2
		time.Sleep(300 * time.Millisecond)
		data <- 3
		close(quit)
	}()
	timeouts := 0
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-time.After(100 * time.Millisecond):
			timeouts++
		case <-quit:
			fmt.Println("quit; timed out at least once:", timeouts >= 1)
			return
		}
	}
}

// Output:
// data 1
// data 2
// data 3
// quit; timed out at least once: true
