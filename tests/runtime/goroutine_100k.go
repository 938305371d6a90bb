// 100,000 goroutines, each adding its index to an atomic sum and sending
// one value on a shared channel.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var sum int64
	var wg sync.WaitGroup
	ch := make(chan int, 100)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			atomic.AddInt64(&sum, int64(i))
			ch <- 1
			wg.Done()
		}(i)
	}
	got := 0
	for got < n {
		got += <-ch
	}
	wg.Wait()
	fmt.Println(got, sum, sum == int64(n)*(n-1)/2)
}

// Output:
// 100000 4999950000 true
