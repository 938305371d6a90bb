// Fan-in: many producers merged onto one channel; the merger closes it
// once every producer is done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("p%d-%d", id, i)
		}
	}()
	return c
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var all []string
	for s := range merge(producer(1, 3), producer(2, 2), producer(3, 4)) {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}

// Output:
// 9 [p1-0 p1-1 p1-2 p2-0 p2-1 p3-0 p3-1 p3-2 p3-3]
