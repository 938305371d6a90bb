package main

import "time"

func main() {
	done := make(chan bool)
	go func() {
		panic("in goroutine")
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
}

// Panic: panic: in goroutine
// Exit: 2
