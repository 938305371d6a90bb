// A WaitGroup reused over several rounds, and several goroutines waiting
// on the same WaitGroup.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var n int64
	for round := 0; round < 5; round++ {
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func() {
				atomic.AddInt64(&n, 1)
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, atomic.LoadInt64(&n))
	}

	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	var passed int32
	for i := 0; i < 10; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			atomic.AddInt32(&passed, 1)
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("passed the gate:", passed)
}

// Output:
// round 0 20
// round 1 40
// round 2 60
// round 3 80
// round 4 100
// passed the gate: 10
