// sync_atomic_widths: every sync/atomic operation at every integer width,
// under 50 goroutines, with sign and zero extension of the results.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a int32 = -5
	var b uint32
	var c int64
	var d uint64
	var e uintptr
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&a, -1)
			atomic.AddUint32(&b, 3)
			atomic.AddInt64(&c, -7)
			atomic.AddUint64(&d, 1<<40)
			atomic.AddUintptr(&e, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&a), atomic.LoadUint32(&b), atomic.LoadInt64(&c), atomic.LoadUint64(&d), atomic.LoadUintptr(&e))
	fmt.Println(atomic.SwapInt32(&a, 7), atomic.CompareAndSwapInt32(&a, 7, -8), a)
	fmt.Println(atomic.CompareAndSwapUint32(&b, 1, 2), atomic.SwapUint64(&d, 3), d)
	atomic.StoreInt64(&c, -1)
	atomic.StoreUint32(&b, 0xFFFFFFFF)
	fmt.Println(c, b, atomic.CompareAndSwapUintptr(&e, 100, 1), e)
}

// Output:
// -55 150 -350 54975581388800 100
// -55 true -8
// false 54975581388800 3
// -1 4294967295 true 1
