// Every goroutine blocked: Go's fatal error, then each goroutine's trace
// in id order with its wait reason.
package main

import "fmt"

//go:noinline
func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
}

func main() {
	ch := make(chan int)
	go producer(ch, 3)
	fmt.Println(<-ch)
	done := make(chan bool)
	<-done
}
