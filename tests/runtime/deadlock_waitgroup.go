// Waiting on a WaitGroup that is never done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { wg.Done() }()
	wg.Wait()
	fmt.Println("never")
}

// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
