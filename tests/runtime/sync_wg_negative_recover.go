// The negative WaitGroup counter panic is an ordinary panic: recoverable.
// (The counter stays negative, so the WaitGroup is not reused.)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	go wg2.Done()
	go wg2.Done()
	wg2.Wait()
	fmt.Println("waited")
}

// Output:
// recovered: sync: negative WaitGroup counter
// waited
