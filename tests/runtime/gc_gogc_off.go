package main

// GOGC=off: no collection runs however much is allocated, until
// debug.SetGCPercent turns the collector back on.

// Env: GOGC=off

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.NumGC
	for i := 0; i < 200; i++ {
		sink = make([]byte, 256<<10)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("no cycle while off:", ms.NumGC == before)
	fmt.Println("heap grew:", ms.HeapAlloc > 40<<20)
	fmt.Println("previous setting:", debug.SetGCPercent(100))
	for i := 0; i < 200; i++ {
		sink = make([]byte, 256<<10)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("collects again:", ms.NumGC > before)
	fmt.Println("and back:", debug.SetGCPercent(50))
}

// Output:
// no cycle while off: true
// heap grew: true
// previous setting: -1
// collects again: true
// and back: 100
