package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	ch <- 2
}

// Output:
// 1 true
// 0 false
// Panic: panic: send on closed channel
// Exit: 2
