// Two goroutines pass a counter back and forth 10,000 times over
// unbuffered channels.
package main

import "fmt"

func player(in <-chan int, out chan<- int, n int, done chan<- int) {
	for {
		v := <-in
		if v >= n {
			done <- v
			return
		}
		out <- v + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan int)
	go player(ping, pong, 10000, done)
	go player(pong, ping, 10000, done)
	ping <- 0
	fmt.Println(<-done)
}

// Output:
// 10000
