// 1000 goroutines increment shared counters: one under a Mutex, one with
// atomic adds; a WaitGroup waits for all of them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	c := counter{n: map[string]int{}}
	var hits int64
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				c.inc([]string{"a", "b"}[(i+k)%2])
				atomic.AddInt64(&hits, 1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"], atomic.LoadInt64(&hits))

	var n atomic.Int32
	var once sync.Once
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { n.Add(1) })
		}()
	}
	wg2.Wait()
	fmt.Println("once:", n.Load())
}

// Output:
// 10000 10000 20000
// once: 1
