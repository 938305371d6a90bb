// pingpong: two goroutines pass a counter back and forth over unbuffered
// channels, 1,000,000 round trips (the cost of a channel handoff between
// goroutines: park, ready, switch).
package main

import "fmt"

const rounds = 1000000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println("round trips:", sum)
}
