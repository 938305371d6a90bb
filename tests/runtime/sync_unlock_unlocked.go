// Unlock of an unlocked mutex is a fatal error (not recoverable).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered?", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("ok once")
	mu.Unlock()
}

// Output:
// ok once
// Panic: fatal error: sync: unlock of unlocked mutex
// Exit: 2
