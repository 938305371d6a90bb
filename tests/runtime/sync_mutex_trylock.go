// Mutex.TryLock: fails while another goroutine holds the lock, succeeds
// once it is released.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	held := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
		done <- true
	}()
	<-held
	fmt.Println("while held:", mu.TryLock())
	release <- true
	<-done
	fmt.Println("after release:", mu.TryLock())
	mu.Unlock()
}

// Output:
// true false
// while held: false
// after release: true
