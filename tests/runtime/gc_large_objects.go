package main

// Large objects (bigger than the largest size class, so each gets its own
// span) survive and are freed: large []byte, large pointer arrays whose
// elements are the only references to small objects, large structs, and
// slices grown past the large threshold by append; dropping them returns
// HeapAlloc near where it was.

import (
	"fmt"
	"runtime"
)

type small struct{ v int }

type bigStruct struct {
	pad  [5000]int
	ptrs [100]*small
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func main() {
	runtime.GC()
	base := heapAlloc()
	bufs := make([][]byte, 0)
	for i := 0; i < 16; i++ {
		b := make([]byte, (40+i*13)<<10)
		b[0], b[len(b)-1] = byte(i), byte(2*i)
		bufs = append(bufs, b)
	}
	ptrs := make([]*small, 20000)
	for i := range ptrs {
		ptrs[i] = &small{v: i}
	}
	big := &bigStruct{}
	for i := range big.ptrs {
		big.ptrs[i] = &small{v: i * 3}
	}
	big.pad[4999] = 99
	var grown []*small
	for i := 0; i < 10000; i++ {
		grown = append(grown, &small{v: 1})
	}
	for r := 0; r < 5; r++ {
		for i := 0; i < 20; i++ {
			_ = make([]byte, 100<<10)
			_ = make([]*small, 5000)
		}
		runtime.GC()
	}
	s := 0
	for _, b := range bufs {
		s += int(b[0]) + int(b[len(b)-1]) + len(b)>>10
	}
	for _, p := range ptrs {
		s += p.v
	}
	for _, p := range big.ptrs {
		s += p.v
	}
	for _, p := range grown {
		s += p.v
	}
	s += big.pad[4999]
	fmt.Println("checksum", s)
	held := heapAlloc()
	fmt.Println("holding more than 1 MiB:", held > base+1<<20)
	bufs, ptrs, big, grown = nil, nil, nil, nil
	runtime.GC()
	runtime.GC()
	fmt.Println("released most:", heapAlloc() < base+(held-base)/4)
}

// Output:
// checksum 200017509
// holding more than 1 MiB: true
// released most: true
