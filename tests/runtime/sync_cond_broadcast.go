// sync.Cond: 20 goroutines wait for a flag; one Broadcast wakes them all.
// Then Signal wakes waiters one at a time.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	woke := make(chan int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			woke <- i
		}(i)
	}
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 20 {
			break
		}
		runtimeYield()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(woke)
	sum := 0
	for i := range woke {
		sum += i
	}
	fmt.Println("all woke, sum", sum)

	// Signal: a queue of tokens consumed by 3 goroutines.
	queue := []int{}
	done := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			got := 0
			for {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				mu.Unlock()
				if v < 0 {
					done <- got
					return
				}
				got += v
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	for w := 0; w < 3; w++ {
		mu.Lock()
		queue = append(queue, -1)
		cond.Signal()
		mu.Unlock()
	}
	total := 0
	for w := 0; w < 3; w++ {
		total += <-done
	}
	fmt.Println("consumed total", total)
}

func runtimeYield() {
	ch := make(chan bool)
	go func() { ch <- true }()
	<-ch
}

// Output:
// all woke, sum 190
// consumed total 5050
