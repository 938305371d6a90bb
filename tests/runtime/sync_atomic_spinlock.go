// A spin lock built on CompareAndSwapInt32 with Gosched, shared by 100
// goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spin struct{ v int32 }

func (s *spin) lock() {
	for !atomic.CompareAndSwapInt32(&s.v, 0, 1) {
		runtime.Gosched()
	}
}

func (s *spin) unlock() { atomic.StoreInt32(&s.v, 0) }

func main() {
	var l spin
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				l.lock()
				count++
				l.unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
	var u64 uint64
	var ptr uintptr
	atomic.AddUint64(&u64, ^uint64(0))
	atomic.AddUintptr(&ptr, 5)
	fmt.Println(u64, atomic.SwapUintptr(&ptr, 9), ptr)
}

// Output:
// 5000
// 18446744073709551615 5 9
