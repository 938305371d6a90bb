// select with time.After timeouts, a default case, and a ready case
// winning over a pending timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	ready := make(chan string, 1)
	ready <- "ready"
	select {
	case s := <-ready:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("late")
	}

	select {
	case <-never:
	default:
		fmt.Println("default")
	}

	res := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		res <- 42
	}()
	for {
		select {
		case v := <-res:
			fmt.Println("result", v)
			return
		case <-time.After(2 * time.Second):
			fmt.Println("too slow")
			return
		}
	}
}

// Output:
// timeout
// ready
// default
// result 42
