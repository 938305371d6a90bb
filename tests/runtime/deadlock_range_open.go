// Ranging over a channel the producer never closes deadlocks once the
// producer is done.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	for v := range c {
		fmt.Println(v)
	}
}

// Output:
// 0
// 1
// 2
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
