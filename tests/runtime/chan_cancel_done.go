// Cancellation by closing a done channel: every worker observes it in its
// select and exits; results before the cancel are kept.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, done <-chan struct{}, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-done:
			return
		case out <- id:
		}
	}
}

func main() {
	done := make(chan struct{})
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, done, out, &wg)
	}
	got := 0
	for got < 100 {
		<-out
		got++
	}
	close(done)
	wg.Wait()
	fmt.Println("received", got, "then all workers stopped")
}

// Output:
// received 100 then all workers stopped
