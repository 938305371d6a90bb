// A deferred call panics while runtime.Goexit unwinds: recover stops that
// panic (not the Goexit); an unrecovered one ends the program, and the
// report names only the panic, not the Goexit.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() {
			fmt.Println("recover during goexit:", recover())
		}()
		defer func() {
			panic("boom in defer")
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main done")
	go func() {
		defer fmt.Println("deferred")
		defer func() { panic("second") }()
		runtime.Goexit()
	}()
	select {}
}

// Output:
// recover during goexit: boom in defer
// main done
// deferred
// Panic: panic: second
// Exit: 2
