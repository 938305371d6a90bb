// Two goroutines take two mutexes in opposite orders: a classic lock-order
// deadlock (made certain with channels).
package main

import "sync"

func main() {
	var a, b sync.Mutex
	aHeld := make(chan bool)
	bHeld := make(chan bool)
	done := make(chan bool)
	go func() {
		a.Lock()
		aHeld <- true
		<-bHeld
		b.Lock()
		done <- true
	}()
	b.Lock()
	<-aHeld
	bHeld <- true
	a.Lock()
	<-done
}

// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
