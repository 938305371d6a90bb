// A select loop over several producers and a quit channel.
package main

import "fmt"

func produce(id, n int, out chan<- int, done chan<- int) {
	for i := 0; i < n; i++ {
		out <- id
	}
	done <- id
}

func main() {
	a, b := make(chan int), make(chan int, 4)
	done := make(chan int)
	go produce(1, 300, a, done)
	go produce(2, 200, b, done)
	counts := map[int]int{}
	finished := 0
	for finished < 2 {
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		case <-done:
			finished++
		}
	}
	// drain what was sent before done
	for len(b) > 0 {
		counts[<-b]++
	}
	fmt.Println(counts[1], counts[2])

	// select with sends: whichever receiver is ready
	x, y := make(chan int), make(chan int)
	z := make(chan bool)
	go func() {
		fmt.Println("x got", <-x)
		z <- true
	}()
	select {
	case x <- 10:
	case y <- 20:
	}
	<-z
}

// Output:
// 300 200
// x got 10
