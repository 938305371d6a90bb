// Waiting on a sync.Cond that nobody signals deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
}

// Output:
// waiting
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
