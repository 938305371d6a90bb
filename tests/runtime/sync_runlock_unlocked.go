// RUnlock of an RWMutex nobody read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced")
	rw.RUnlock()
}

// Output:
// balanced
// Panic: fatal error: sync: RUnlock of unlocked RWMutex
// Exit: 2
