package main

// About 1 GiB allocated in total (large and small objects) while little
// stays live: the heap must stay bounded (HeapAlloc, sampled).

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
	pad  [6]int
}

var ring [8][]byte

func maxHeap(max *uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapAlloc > *max {
		*max = ms.HeapAlloc
	}
}

func smallChurn(rounds int) int {
	total := 0
	for r := 0; r < rounds; r++ {
		var head *node
		for i := 0; i < 2000; i++ {
			head = &node{next: head, val: i}
		}
		for n := head; n != nil; n = n.next {
			total += n.val
		}
	}
	return total
}

func main() {
	var max uint64
	for i := 0; i < 3072; i++ {
		b := make([]byte, 256<<10)
		b[i%len(b)] = byte(i)
		ring[i%len(ring)] = b
		if i%128 == 0 {
			maxHeap(&max)
		}
	}
	total := 0
	for i := 0; i < 20; i++ {
		total += smallChurn(20)
		maxHeap(&max)
	}
	fmt.Println("small churn total", total)
	fmt.Println("heap bounded:", max < 64<<20)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated over 800 MB:", ms.TotalAlloc > 800<<20)
	fmt.Println("collected:", ms.NumGC > 10)
}

// Output:
// small churn total 799600000
// heap bounded: true
// allocated over 800 MB: true
// collected: true
