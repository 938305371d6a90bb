package main

// Cyclic structures become garbage like any other: after they are
// dropped a collection brings the heap back down.

import (
	"fmt"
	"runtime"
)

type ring struct {
	next, prev *ring
	buf        [8]int
}

var rings []*ring

func buildRings() {
	for r := 0; r < 200; r++ {
		first := &ring{}
		cur := first
		for i := 0; i < 500; i++ {
			n := &ring{prev: cur}
			cur.next = n
			cur = n
		}
		cur.next = first
		first.prev = cur
		rings = append(rings, first)
	}
}

func heapAlloc() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func main() {
	runtime.GC()
	base := heapAlloc()
	done := make(chan bool)
	go func() {
		buildRings()
		done <- true
	}()
	<-done
	runtime.GC()
	full := heapAlloc()
	fmt.Println("rings hold memory:", full > base+5<<20)
	rings = nil
	runtime.GC()
	after := heapAlloc()
	fmt.Println("cycles collected:", after < base+1<<20)
}

// Output:
// rings hold memory: true
// cycles collected: true
