package main

// debug.SetGCPercent: the first call reports the default 100; with -1
// (GOGC=off) allocating far more than the heap goal starts no cycle,
// while runtime.GC still runs one; restoring a percentage brings back
// automatic cycles, and the previous settings are reported each time.

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

func allocate(mb int) {
	for i := 0; i < mb*16; i++ {
		sink = make([]byte, 64<<10)
	}
	sink = nil
}

func main() {
	fmt.Println("initial", debug.SetGCPercent(-1))
	runtime.GC()
	before := numGC()
	allocate(64)
	fmt.Println("cycles while off:", numGC()-before)
	runtime.GC()
	fmt.Println("runtime.GC runs one while off:", numGC()-before >= 1)
	fmt.Println("previous", debug.SetGCPercent(50))
	before = numGC()
	allocate(64)
	fmt.Println("cycles at 50%:", numGC()-before > 2)
	fmt.Println("previous", debug.SetGCPercent(100))
	kept := make([][]int, 100)
	for i := range kept {
		kept[i] = make([]int, 1000)
		kept[i][999] = i
	}
	allocate(32)
	s := 0
	for _, k := range kept {
		s += k[999]
	}
	fmt.Println("kept", s, "previous", debug.SetGCPercent(100))
}

// Output:
// initial 100
// cycles while off: 0
// runtime.GC runs one while off: true
// previous -1
// cycles at 50%: true
// previous 50
// kept 4950 previous 100
