// Closing a channel wakes every receiver (each sees the zero value and
// ok == false); buffered values are still delivered first, in order.
package main

import "fmt"

func main() {
	start := make(chan struct{})
	done := make(chan int)
	for i := 0; i < 10; i++ {
		go func(i int) {
			_, ok := <-start
			if !ok {
				done <- i
			}
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-done
	}
	fmt.Println("woken:", sum)

	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	c <- "c"
	close(c)
	for s := range c {
		fmt.Print(s, " ")
	}
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)

	// senders blocked on a full channel are served in order
	q := make(chan int, 1)
	q <- 0
	ready := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(i int) {
			ready <- true
			q <- i
		}(i)
		<-ready
	}
	got := 0
	for i := 0; i < 4; i++ {
		got += <-q
	}
	fmt.Println("received", got)
}

// Output:
// woken: 45
// a b c "" false
// received 6
