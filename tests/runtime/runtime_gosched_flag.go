// runtime.Gosched lets a spinning goroutine give others a turn: main spins
// on an atomic flag with Gosched until a worker sets it.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag int32
	go func() {
		for i := 0; i < 3; i++ {
			runtime.Gosched()
		}
		atomic.StoreInt32(&flag, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("flag seen; spun:", spins >= 0)
}

// Output:
// flag seen; spun: true
