// sync.Map used by many goroutines: LoadOrStore picks one winner per key.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	firsts := 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, loaded := m.LoadOrStore(i%8, i)
			if !loaded {
				mu.Lock()
				firsts++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		if v.(int)%8 != k.(int) {
			fmt.Println("wrong value")
		}
		return true
	})
	sort.Ints(keys)
	fmt.Println(firsts, keys)
}

// Output:
// 8 [0 1 2 3 4 5 6 7]
