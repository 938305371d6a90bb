// runtime.NumGoroutine counts live goroutines: blocked ones included,
// finished ones not.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after they exit:", runtime.NumGoroutine())
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
}

// Output:
// start: 1
// with 10 blocked: 11
// after they exit: 1
// NumCPU >= 1: true
