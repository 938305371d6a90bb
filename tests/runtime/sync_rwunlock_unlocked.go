// Unlock of an RWMutex that is not write-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("balanced")
	rw.Unlock()
}

// Output:
// balanced
// Panic: fatal error: sync: Unlock of unlocked RWMutex
// Exit: 2
