package main

// ReadMemStats invariants that Go guarantees, checked repeatedly while
// garbage is produced: HeapAlloc == Alloc, HeapAlloc <= HeapSys,
// HeapInuse <= HeapSys, HeapIdle+HeapInuse == HeapSys, HeapReleased <=
// HeapIdle, Mallocs >= Frees, HeapObjects == Mallocs-Frees, TotalAlloc
// and Mallocs never decrease, NumGC grows by at least one per runtime.GC,
// Sys >= HeapSys, and NextGC is positive.

import (
	"fmt"
	"runtime"
)

var sink [][]int

func main() {
	var prev runtime.MemStats
	runtime.ReadMemStats(&prev)
	bad := map[string]int{}
	check := func(name string, ok bool) {
		if !ok {
			bad[name]++
		}
	}
	for round := 0; round < 30; round++ {
		for i := 0; i < 2000; i++ {
			sink = append(sink, make([]int, 1+(i*round)%300))
			if len(sink) > 200 {
				sink = sink[:0]
			}
		}
		if round%3 == 0 {
			runtime.GC()
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		check("Alloc==HeapAlloc", m.Alloc == m.HeapAlloc)
		check("HeapAlloc<=HeapSys", m.HeapAlloc <= m.HeapSys)
		check("HeapInuse<=HeapSys", m.HeapInuse <= m.HeapSys)
		check("HeapIdle+HeapInuse==HeapSys", m.HeapIdle+m.HeapInuse == m.HeapSys)
		check("HeapReleased<=HeapIdle", m.HeapReleased <= m.HeapIdle)
		check("Mallocs>=Frees", m.Mallocs >= m.Frees)
		check("HeapObjects==Mallocs-Frees", m.HeapObjects == m.Mallocs-m.Frees)
		check("TotalAlloc grows", m.TotalAlloc >= prev.TotalAlloc)
		check("TotalAlloc>=HeapAlloc", m.TotalAlloc >= m.HeapAlloc)
		check("Mallocs grows", m.Mallocs > prev.Mallocs)
		check("Frees grows", m.Frees >= prev.Frees)
		check("NumGC grows", m.NumGC >= prev.NumGC)
		check("Sys>=HeapSys", m.Sys >= m.HeapSys)
		check("NextGC>0", m.NextGC > 0)
		if round%3 == 0 {
			check("NumGC after GC", m.NumGC >= prev.NumGC+1)
		}
		prev = m
	}
	before := prev.NumGC
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("five more cycles:", m.NumGC >= before+5)
	fmt.Println("frees happened:", m.Frees > 0)
	fmt.Println("violations:", len(bad), bad)
}

// Output:
// five more cycles: true
// frees happened: true
// violations: 0 map[]
