// A ticker delivers ticks in order until stopped; after Stop no more ticks
// arrive.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTicker(5 * time.Millisecond)
	var last time.Time
	for i := 0; i < 5; i++ {
		tick := <-t.C
		if !tick.After(last) {
			fmt.Println("tick out of order")
		}
		last = tick
	}
	t.Stop()
	fmt.Println("5 ticks, elapsed >= 25ms:", time.Since(start) >= 25*time.Millisecond)
	select {
	case <-t.C:
		// one tick may have been buffered before Stop; drain it
	default:
	}
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no tick after stop")
	}
}

// Output:
// 5 ticks, elapsed >= 25ms: true
// no tick after stop
