// Lock on an RWMutex while this goroutine holds a read lock deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one reader left")
	rw.Lock()
}

// Output:
// one reader left
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
