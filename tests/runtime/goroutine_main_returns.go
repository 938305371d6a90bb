// When main returns the program ends, whatever other goroutines are doing
// (blocked, sleeping or spinning).
package main

import (
	"fmt"
	"time"
)

func main() {
	block := make(chan int)
	for i := 0; i < 100; i++ {
		go func() { <-block }()
	}
	go func() { time.Sleep(time.Hour) }()
	go func() {
		for {
		}
	}()
	fmt.Println("main returns")
}

// Output:
// main returns
