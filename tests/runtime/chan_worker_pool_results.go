// A worker pool: 8 workers take jobs from one channel and send results on
// another; results are collected into a slice by job index.
package main

import (
	"fmt"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, fib int }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, fib(j.n)}
			}
		}()
	}
	go func() {
		for i := 0; i < 30; i++ {
			jobs <- job{i, i % 20}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, 30)
	count := 0
	for r := range results {
		out[r.id] = r.fib
		count++
	}
	fmt.Println(count, out)
}

// Output:
// 30 [0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987 1597 2584 4181 0 1 1 2 3 5 8 13 21 34]
