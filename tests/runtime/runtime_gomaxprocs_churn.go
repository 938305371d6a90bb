// GOMAXPROCS changes over and over while goroutines allocate (so the
// collector stops the world too), block on channels and sleep: every
// goroutine still finishes its work.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type node struct {
	next *node
	val  [8]int
}

func churn(id int) int {
	total := 0
	for round := 0; round < 1000; round++ {
		var head *node
		for i := 0; i < 100; i++ {
			head = &node{next: head}
			head.val[i%8] = i
		}
		for n := head; n != nil; n = n.next {
			total += n.val[0] + n.val[7]
		}
	}
	return total + id
}

func main() {
	orig := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	results := make([]int, 8)
	ping := make(chan int)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = churn(i)
		}(i)
	}
	go func() {
		for v := range ping {
			time.Sleep(time.Microsecond)
			_ = v
		}
	}()
	stop := make(chan bool)
	done := make(chan int)
	go func() {
		changes := 0
		for {
			select {
			case <-stop:
				done <- changes
				return
			default:
			}
			runtime.GOMAXPROCS(1 + changes%4)
			ping <- changes
			changes++
		}
	}()
	wg.Wait()
	close(stop)
	changes := <-done
	close(ping)
	runtime.GOMAXPROCS(orig)
	fmt.Println(results, "changed GOMAXPROCS:", changes > 0)
}

// Output:
// [1236000 1236001 1236002 1236003 1236004 1236005 1236006 1236007] changed GOMAXPROCS: true
