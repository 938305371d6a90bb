// Three goroutines blocked for good: main on a send to a nil channel, a
// worker on a receive, a literal on a receive. Go lists them in id order,
// each with its wait reason and the go statement that created it.
package main

import "fmt"

//go:noinline
func waiter(id int, in <-chan int, out chan<- int) {
	v := <-in
	out <- v + id
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go waiter(1, a, b)
	go func() {
		fmt.Println(<-b)
	}()
	var c chan int
	c <- 1
}
