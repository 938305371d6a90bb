// A goroutine spinning in `for {}` does not starve main, even with one P.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran after the spinner started")
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	fmt.Println("a third goroutine ran too")
}

// Output:
// main ran after the spinner started
// a third goroutine ran too
