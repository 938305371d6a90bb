// A nil channel's case is never chosen: merging two channels by setting
// each to nil once it is closed.
package main

import "fmt"

func emit(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := emit(1, 2, 3), emit(10, 20)
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(n, sum)

	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("sent on nil")
	case <-nilc:
		fmt.Println("received from nil")
	default:
		fmt.Println("default with only nil cases")
	}
}

// Output:
// 5 36
// default with only nil cases
