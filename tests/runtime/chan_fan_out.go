// Fan-out: one channel read by several consumers; each value is received
// exactly once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	src := make(chan int, 16)
	var mu sync.Mutex
	seen := make(map[int]int)
	per := make([]int, 5)
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for v := range src {
				mu.Lock()
				seen[v]++
				per[w]++
				mu.Unlock()
			}
		}(w)
	}
	for i := 0; i < 1000; i++ {
		src <- i
	}
	close(src)
	wg.Wait()
	total, dup := 0, 0
	for _, c := range per {
		total += c
	}
	for _, c := range seen {
		if c != 1 {
			dup++
		}
	}
	fmt.Println("received", total, "distinct", len(seen), "duplicates", dup)
}

// Output:
// received 1000 distinct 1000 duplicates 0
