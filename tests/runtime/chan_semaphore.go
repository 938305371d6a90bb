// A buffered channel as a counting semaphore: at most 3 of 30 goroutines
// run the critical section at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var active, peak int32
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak within limit:", peak >= 1 && peak <= 3, "active at end:", active)
}

// Output:
// peak within limit: true active at end: 0
