package main

// Objects reachable only from the stacks of parked goroutines survive:
// goroutines blocked on a channel receive, on a mutex, on a WaitGroup and
// in a select hold local pointers, slices and strings while other
// goroutines pour garbage in; then they are released and check them.

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type data struct {
	id   int
	buf  []byte
	next *data
}

func mk(id int) *data {
	d := &data{id: id, buf: []byte(strings.Repeat("x", id%17+1))}
	d.next = &data{id: id * 2}
	return d
}

func sum(d *data) int {
	return d.id + len(d.buf) + d.next.id
}

func main() {
	const n = 40
	results := make(chan int, 4*n)
	gates := make([]chan int, n)
	var mu sync.Mutex
	var wg, started sync.WaitGroup
	var holdWG sync.WaitGroup
	holdWG.Add(1)
	quit := make(chan struct{})
	mu.Lock()
	for i := 0; i < n; i++ {
		gates[i] = make(chan int)
		started.Add(4)
		go func(i int) {
			local := mk(i)
			name := fmt.Sprint("recv", i)
			started.Done()
			k := <-gates[i]
			results <- sum(local) + len(name) + k
		}(i)
		go func(i int) {
			local := []*data{mk(i + 100), mk(i + 200)}
			started.Done()
			mu.Lock()
			results <- sum(local[0]) + sum(local[1])
			mu.Unlock()
		}(i)
		go func(i int) {
			local := mk(i + 300)
			started.Done()
			holdWG.Wait()
			results <- sum(local)
		}(i)
		go func(i int) {
			local := map[int]*data{i: mk(i + 400)}
			never := make(chan int)
			started.Done()
			select {
			case <-never:
			case <-quit:
			}
			results <- sum(local[i])
		}(i)
	}
	started.Wait()
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			var junk []*data
			for i := 0; i < 6000; i++ {
				junk = append(junk, mk(i))
				if len(junk) > 100 {
					junk = nil
				}
			}
		}()
	}
	wg.Wait()
	runtime.GC()
	runtime.GC()
	for i := 0; i < n; i++ {
		gates[i] <- i
	}
	mu.Unlock()
	holdWG.Done()
	close(quit)
	total := 0
	for i := 0; i < 4*n; i++ {
		total += <-results
	}
	fmt.Println("total", total)
}

// Output:
// total 134531
