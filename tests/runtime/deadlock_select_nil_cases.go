// A select whose every case is a nil channel, with no default, blocks
// forever.
package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
	}
}

// Output:
// selecting
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
