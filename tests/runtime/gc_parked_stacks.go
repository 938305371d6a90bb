// Many parked goroutines each hold the only pointer to their own data
// on their stack while the main goroutine churns garbage (many cycles:
// the collector scans each parked stack while the program runs, and
// running ones scan themselves); goroutines started during those cycles
// get their argument from a stack that drops it. Every goroutine then
// checks its data.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	next *node
	val  int
}

func chain(n, base int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{h, base + i}
	}
	return h
}

func (h *node) sum() int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.val
	}
	return s
}

func holder(id int, data *node, release <-chan struct{}, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-release
	out <- id*1000000 + data.sum()
}

func main() {
	const n = 2000
	release := make(chan struct{})
	out := make(chan int, 2*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go holder(i, chain(20, i), release, out, &wg)
	}
	var keep [][]byte
	for round := 0; round < 200; round++ {
		// garbage, and a few goroutines born while cycles run
		for k := 0; k < 200; k++ {
			keep = append(keep, make([]byte, 512))
		}
		keep = keep[:0]
		if round%20 == 0 {
			wg.Add(1)
			go holder(n+round, chain(20, n+round), release, out, &wg)
		}
		if round%50 == 0 {
			runtime.GC()
		}
	}
	close(release)
	wg.Wait()
	close(out)
	total, count := 0, 0
	for v := range out {
		total += v
		count++
	}
	fmt.Println("goroutines", count, "total", total)
}

// Output:
// goroutines 2010 total 2019940779900
