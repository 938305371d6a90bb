package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					results[id] = fmt.Sprint("worker ", id, " recovered: ", r)
				}
			}()
			if id == 1 {
				panic("bad worker")
			}
			results[id] = fmt.Sprint("worker ", id, " ok")
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}

// Output:
// worker 0 ok
// worker 1 recovered: bad worker
// worker 2 ok
