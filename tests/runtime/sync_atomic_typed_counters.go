// The typed atomics under contention: Int32, Int64, Uint32, Uint64, Bool.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var flag atomic.Bool
	var winners atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				i32.Add(1)
				i64.Add(-2)
				u32.Add(3)
				u64.Add(1 << 33)
			}
			if flag.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load())
	fmt.Println("flag", flag.Load(), "winners", winners.Load())
	fmt.Println(i32.Swap(7), i32.Load(), i64.CompareAndSwap(-20000, 5), i64.Load())
	var u atomic.Uint32
	u.Store(0)
	fmt.Println(u.Add(^uint32(0)), flag.Swap(false), flag.Load())
}

// Output:
// 10000 -20000 30000 85899345920000
// flag true winners 1
// 10000 7 true 5
// 4294967295 true false
