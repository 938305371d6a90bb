package main

import "fmt"

// A select evaluates the channel operands of its receives and the
// channel and value operands of its sends once each, in source order,
// before choosing a case.

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	a <- 1 // round 0: only the receive from a is ready (b is full)
	b <- 0
	for round := 0; round < 3; round++ {
		trace = nil
		select {
		case v := <-ch("a", a):
			fmt.Println("received", v)
		case ch("b", b) <- val("b", 2):
			fmt.Println("sent to b")
		case x, ok := <-ch("c", c):
			fmt.Println("received", x, ok)
		case ch("d", nil) <- val("d", 4):
			fmt.Println("impossible")
		}
		fmt.Println(trace)
		switch round {
		case 0:
			<-b // round 1: only the send to b is ready
		case 1:
			close(c) // round 2: only the receive from c is ready
		}
	}
}

// Output:
// received 1
// [chan a chan b value b chan c chan d value d]
// sent to b
// [chan a chan b value b chan c chan d value d]
// received 0 false
// [chan a chan b value b chan c chan d value d]
