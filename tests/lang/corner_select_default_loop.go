package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 0; i < 5; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
}

// Output:
// sent 0
// sent 1
// sent 2
// full at 3
// full at 4
// got 0
// got 1
// got 2
// nil channel never ready
