// Goroutines sleeping for different durations wake in order of their
// deadlines; 1000 concurrent sleepers all wake.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	out := make(chan int, 3)
	for _, d := range []int{90, 30, 60} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}(d)
	}
	fmt.Println(<-out, <-out, <-out)

	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	start := time.Now()
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(1+i%10) * time.Millisecond)
			mu.Lock()
			woke++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(woke, time.Since(start) >= 10*time.Millisecond)
}

// Output:
// 30 60 90
// 1000 true
