// 1000 goroutines hammer one mutex-protected counter and map.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
	m  map[int]int
}

func (c *counter) inc(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.m[k]++
}

func main() {
	c := &counter{m: map[int]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.inc(i % 10)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n, len(c.m), c.m[0], c.m[9])
}

// Output:
// 100000 10 10000 10000
