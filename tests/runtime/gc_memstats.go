package main

// ReadMemStats invariants that hold in any run.

import (
	"fmt"
	"runtime"
)

var sink []*[16]int

func main() {
	for i := 0; i < 10000; i++ {
		sink = append(sink, new([16]int))
	}
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&b)
	for _, m := range []*runtime.MemStats{&a, &b} {
		fmt.Println("idle+inuse == sys:", m.HeapIdle+m.HeapInuse == m.HeapSys)
		fmt.Println("released <= idle:", m.HeapReleased <= m.HeapIdle)
		fmt.Println("objects == mallocs-frees:", m.HeapObjects == m.Mallocs-m.Frees)
		fmt.Println("alloc == heapalloc:", m.Alloc == m.HeapAlloc)
		fmt.Println("heapalloc <= inuse:", m.HeapAlloc <= m.HeapInuse)
		fmt.Println("total >= alloc:", m.TotalAlloc >= m.HeapAlloc)
		fmt.Println("sys >= heapsys:", m.Sys >= m.HeapSys)
		fmt.Println("enabled:", m.EnableGC)
	}
	fmt.Println("gc counted:", b.NumGC > a.NumGC, b.NumForcedGC > a.NumForcedGC)
	fmt.Println("heap shrank:", b.HeapAlloc < a.HeapAlloc)
	fmt.Println("mallocs counted:", b.Mallocs-a.Mallocs < 1000, a.Mallocs >= 10000)
	fmt.Println("freed 10000+:", b.Frees-a.Frees >= 10000)
	fmt.Println("pause recorded:", b.PauseTotalNs >= b.PauseNs[(b.NumGC+255)%256], b.LastGC > 0)
	fmt.Println("next goal set:", b.NextGC > 0, b.GCCPUFraction >= 0 && b.GCCPUFraction < 1)
}

// Output:
// idle+inuse == sys: true
// released <= idle: true
// objects == mallocs-frees: true
// alloc == heapalloc: true
// heapalloc <= inuse: true
// total >= alloc: true
// sys >= heapsys: true
// enabled: true
// idle+inuse == sys: true
// released <= idle: true
// objects == mallocs-frees: true
// alloc == heapalloc: true
// heapalloc <= inuse: true
// total >= alloc: true
// sys >= heapsys: true
// enabled: true
// gc counted: true true
// heap shrank: true
// mallocs counted: true true
// freed 10000+: true
// pause recorded: true true
// next goal set: true true
