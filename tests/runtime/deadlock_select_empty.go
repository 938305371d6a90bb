// select {} blocks forever; with nothing else alive it is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("before")
	select {}
}

// Output:
// before
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
