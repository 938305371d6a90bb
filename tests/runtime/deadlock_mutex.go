// Locking a Mutex twice in one goroutine: nothing can ever unlock it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("never")
}

// Output:
// locked once
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
