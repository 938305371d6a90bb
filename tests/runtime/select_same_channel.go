// The same channel in several cases of one select; break and labelled
// break out of a for-select loop.
package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	a, b := 0, 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			a += v
		case v, ok := <-c:
			if !ok {
				break loop
			}
			b += v
		}
	}
	fmt.Println("total", a+b)
	d := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case d <- i:
			fmt.Println("sent", i)
		case v := <-d:
			fmt.Println("received", v)
			if v == 0 {
				break
			}
			fmt.Println("not reached")
		}
	}
}

// Output:
// total 45
// sent 0
// received 0
// sent 2
