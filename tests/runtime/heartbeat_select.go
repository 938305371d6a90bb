// A worker with a heartbeat ticker and a work channel in one select; the
// count of work items is deterministic, heartbeats are only checked to
// exist.
package main

import (
	"fmt"
	"time"
)

func main() {
	work := make(chan int)
	done := make(chan [2]int)
	go func() {
		beats, items := 0, 0
		hb := time.NewTicker(2 * time.Millisecond)
		defer hb.Stop()
		for {
			select {
			case <-hb.C:
				beats++
			case v, ok := <-work:
				if !ok {
					done <- [2]int{beats, items}
					return
				}
				items += v
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		work <- i
		time.Sleep(time.Millisecond)
	}
	close(work)
	r := <-done
	fmt.Println("items", r[1], "heartbeats seen:", r[0] > 0)
}

// Output:
// items 55 heartbeats seen: true
