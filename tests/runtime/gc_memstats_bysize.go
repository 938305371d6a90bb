package main

// MemStats.BySize and the metadata fields: the class sizes are Go's, the
// per-class counts follow allocations and frees (runtime.GC returns with
// sweeping done), the small classes account for the heap objects, and
// Sys is the sum of the *Sys fields.

import (
	"fmt"
	"runtime"
)

var keep []*[6]int

func fill(n int) {
	for i := 0; i < n; i++ {
		keep = append(keep, new([6]int))
	}
}

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	fmt.Println("entries:", len(m0.BySize))
	fmt.Print("sizes:")
	for _, c := range m0.BySize {
		fmt.Print(" ", c.Size)
	}
	fmt.Println()
	const class48 = 5
	fill(5000)
	runtime.ReadMemStats(&m1)
	fmt.Println("48-byte mallocs counted:",
		m1.BySize[class48].Mallocs-m0.BySize[class48].Mallocs >= 5000)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("48-byte frees counted:",
		m2.BySize[class48].Frees-m1.BySize[class48].Frees >= 5000)
	var small uint64
	ok := true
	for _, c := range m2.BySize {
		if c.Frees > c.Mallocs {
			ok = false
		}
		small += c.Mallocs - c.Frees
	}
	fmt.Println("frees <= mallocs per class:", ok)
	fmt.Println("small objects <= HeapObjects:", small <= m2.HeapObjects)
	fmt.Println("metadata present:", m2.MSpanInuse > 0, m2.MCacheInuse > 0, m2.GCSys > 0)
	fmt.Println("inuse <= sys:", m2.MSpanInuse <= m2.MSpanSys, m2.MCacheInuse <= m2.MCacheSys)
	sum := m2.HeapSys + m2.StackSys + m2.MSpanSys + m2.MCacheSys +
		m2.BuckHashSys + m2.GCSys + m2.OtherSys
	fmt.Println("Sys is the sum:", m2.Sys == sum)
}

// Output:
// entries: 61
// sizes: 0 8 16 24 32 48 64 80 96 112 128 144 160 176 192 208 224 240 256 288 320 352 384 416 448 480 512 576 640 704 768 896 1024 1152 1280 1408 1536 1792 2048 2304 2688 3072 3200 3456 4096 4864 5376 6144 6528 6784 6912 8192 9472 9728 10240 10880 12288 13568 14336 16384 18432
// 48-byte mallocs counted: true
// 48-byte frees counted: true
// frees <= mallocs per class: true
// small objects <= HeapObjects: true
// metadata present: true true true
// inuse <= sys: true true
// Sys is the sum: true
