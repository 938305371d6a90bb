package main

// debug.SetMemoryLimit: the default is math.MaxInt64 and a negative
// argument only reads the setting; with GOGC off and a limit set, the
// collector runs cycles once the heap approaches the limit, so that a
// program allocating 256 MiB in total with little live data stays near
// its limit; the live data survives.

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var sink *chunk

type chunk struct {
	data [4096]byte
	next *chunk
}

func main() {
	fmt.Println("default is MaxInt64:", debug.SetMemoryLimit(-1) == math.MaxInt64)
	debug.SetGCPercent(-1)
	prev := debug.SetMemoryLimit(32 << 20)
	fmt.Println("previous is MaxInt64:", prev == math.MaxInt64)
	fmt.Println("read back:", debug.SetMemoryLimit(-1))
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC

	var live *chunk
	for i := 0; i < 256; i++ {
		c := &chunk{next: live}
		c.data[0] = byte(i)
		live = c
	}
	var peak uint64
	for i := 0; i < 64*1024; i++ {
		c := &chunk{}
		c.data[i%4096] = 1
		sink = c
		if i%1024 == 0 {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak {
				peak = m.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("cycles ran:", m.NumGC-before > 2)
	fmt.Println("peak heap under 64 MiB:", peak < 64<<20)
	n, s := 0, 0
	for c := live; c != nil; c = c.next {
		n++
		s += int(c.data[0])
	}
	fmt.Println("live", n, s)
	debug.SetMemoryLimit(math.MaxInt64)
	debug.SetGCPercent(100)
}

// Output:
// default is MaxInt64: true
// previous is MaxInt64: true
// read back: 33554432
// cycles ran: true
// peak heap under 64 MiB: true
// live 256 32640
