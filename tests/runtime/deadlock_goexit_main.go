// runtime.Goexit in main runs main's defers and ends main's goroutine;
// when the other goroutines are done the program has no goroutines left.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main's defer ran")
	runtime.Goexit()
	fmt.Println("unreachable")
}

// Output:
// main's defer ran
// other goroutine done
// Panic: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// Exit: 2
