package main

// GOGC=off with a GOMEMLIMIT: the memory limit alone paces the
// collector, so the heap stays under it.

// Env: GOGC=off GOMEMLIMIT=32MiB

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var ring [4][]byte

func main() {
	var ms runtime.MemStats
	var max uint64
	for i := 0; i < 1000; i++ {
		ring[i%4] = make([]byte, 128<<10)
		if i%50 == 0 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > max {
				max = ms.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 0)
	fmt.Println("under the limit:", max < 32<<20)
	fmt.Println("limit:", debug.SetMemoryLimit(-1))
}

// Output:
// collected: true
// under the limit: true
// limit: 33554432
