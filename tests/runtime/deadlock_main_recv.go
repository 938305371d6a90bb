// main waits on a channel nobody will ever send on.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	fmt.Println(<-c)
	<-c
}

// Output:
// 1
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
