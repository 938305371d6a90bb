// 100 goroutines recurse 10,000 deep at the same time: their stacks grow
// by copying while others run.
package main

import (
	"fmt"
	"sync"
)

func depth(n int, acc [4]int) int {
	if n == 0 {
		return acc[0] + acc[3]
	}
	acc[n%4]++
	return depth(n-1, acc) + 1
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = depth(10000+i, [4]int{})
		}(i)
	}
	wg.Wait()
	fmt.Println(results[0], results[1], results[99])
}

// Output:
// 15000 15001 15148
