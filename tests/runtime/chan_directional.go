// Directional channel types: a bidirectional channel converts to send-only
// and receive-only; functions take and return them.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func counter() <-chan int {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	close(c)
	return c
}

type sink struct{ c chan<- string }

func main() {
	c := make(chan int)
	done := make(chan int)
	go producer(c, 10)
	go consumer(c, done)
	fmt.Println(<-done)
	r := counter()
	fmt.Println(len(r), cap(r), <-r, <-r)
	var ro <-chan int = c
	var so chan<- int = c
	fmt.Println(ro != nil, so != nil)
	ch := make(chan string, 1)
	s := sink{ch}
	s.c <- "through a struct field"
	fmt.Println(<-ch)
	fmt.Printf("%T %T %T\n", c, ro, so)
}

// Output:
// 45
// 3 3 1 2
// true true
// through a struct field
// chan int <-chan int chan<- int
