// A worker pool: jobs on a channel, results collected under a WaitGroup.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, square int
}

func main() {
	jobs := make(chan int)
	results := make(chan result, 16)
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j}
			}
		}()
	}
	go func() {
		for i := 1; i <= 50; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	fmt.Println(len(all), all[0], all[49])
	sum := 0
	for _, r := range all {
		sum += r.square
	}
	fmt.Println(sum)
}

// Output:
// 50 {1 1} {50 2500}
// 42925
