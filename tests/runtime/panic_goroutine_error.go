// A goroutine panics with an error value while main waits: the program
// prints the error's message and exits 2; deferred calls in the panicking
// goroutine run first.
package main

import (
	"errors"
	"fmt"
)

func main() {
	block := make(chan int)
	go func() {
		defer fmt.Println("deferred in goroutine")
		panic(errors.New("worker failed"))
	}()
	<-block
}

// Output:
// deferred in goroutine
// Panic: panic: worker failed
// Exit: 2
