// main spins without function calls until another goroutine sets a flag:
// preemption at loop back-edges gives the other goroutine a turn even with
// one P.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	go func() { atomic.StoreInt32(&flag, 1) }()
	n := 0
	for atomic.LoadInt32(&flag) == 0 {
		n++
	}
	fmt.Println("flag set")
	var counters [4]int64
	for i := 0; i < 4; i++ {
		go func(i int) {
			for {
				atomic.AddInt64(&counters[i], 1)
			}
		}(i)
	}
	for i := 0; i < 4; i++ {
		for atomic.LoadInt64(&counters[i]) == 0 {
		}
	}
	fmt.Println("all four spinners ran")
}

// Output:
// flag set
// all four spinners ran
