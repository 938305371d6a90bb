// Done more often than Add: sync's panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
}

// Output:
// balanced
// Panic: panic: sync: negative WaitGroup counter
// Exit: 2
