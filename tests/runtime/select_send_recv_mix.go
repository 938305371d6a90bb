// select mixing send and receive cases: a goroutine that both accepts
// requests and delivers queued results.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		var queue []int
		for in != nil || len(queue) > 0 {
			var send chan int
			var next int
			if len(queue) > 0 {
				send = out
				next = queue[0]
			}
			select {
			case v, ok := <-in:
				if !ok {
					in = nil
					continue
				}
				queue = append(queue, v*10)
			case send <- next:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

// Output:
// 10 20 30 40 50 
