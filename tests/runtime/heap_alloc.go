package main

import (
	"fmt"
	"strings"
)

// heap_alloc exercises the allocator through the language: objects of
// every size class and large ones, slices grown by append (cap() follows
// Go's size classes), pointers into the middle of arrays, and many small
// objects that must never overlap.

type pair struct {
	name string
	next *pair
}

type big struct {
	data [5000]int // 40000 bytes: a large object
	tag  string
}

func capsOf[T any](n int) []int {
	var s []T
	var caps []int
	last := -1
	for i := 0; i < n; i++ {
		var zero T
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func main() {
	// cap() growth: Go's growslice rounds to size classes.
	fmt.Println("byte  ", capsOf[byte](5000))
	fmt.Println("int   ", capsOf[int](3000))
	fmt.Println("string", capsOf[string](2000))
	fmt.Println("[3]int", capsOf[[3]int](1000))
	fmt.Println("pair  ", capsOf[pair](1000))

	// A linked list of many small objects, then a check of every node.
	var head *pair
	for i := 0; i < 50000; i++ {
		head = &pair{name: fmt.Sprint("n", i), next: head}
	}
	count, ok := 0, true
	for p, i := head, 49999; p != nil; p, i = p.next, i-1 {
		if p.name != fmt.Sprint("n", i) {
			ok = false
		}
		count++
	}
	fmt.Println("list", count, ok)

	// Objects of many sizes, filled and checked after all are made.
	var blocks [][]byte
	for size := 1; size <= 40000; size = size*5/4 + 1 {
		b := make([]byte, size)
		for i := range b {
			b[i] = byte(size + i)
		}
		blocks = append(blocks, b)
	}
	good := true
	for _, b := range blocks {
		for i := range b {
			if b[i] != byte(len(b)+i) {
				good = false
			}
		}
	}
	fmt.Println("blocks", len(blocks), good)

	// Large objects come back zeroed, and pointers into their middle work.
	bigs := make([]*big, 4)
	for i := range bigs {
		bigs[i] = new(big)
		bigs[i].tag = strings.Repeat("x", i+1)
	}
	p := &bigs[2].data[2500]
	*p = 42
	zero := true
	for i, v := range bigs[3].data {
		if v != 0 && i != 2500 {
			zero = false
		}
	}
	fmt.Println("large", bigs[2].data[2500], bigs[3].tag, zero)

	// A big slice of pointers, each to its own cell.
	cells := make([]*int, 100000)
	for i := range cells {
		v := i * 3
		cells[i] = &v
	}
	sum := 0
	for _, c := range cells {
		sum += *c
	}
	fmt.Println("cells", sum)

	// Maps that grow through several table sizes.
	m := map[string][]int{}
	for i := 0; i < 20000; i++ {
		k := fmt.Sprint(i % 5000)
		m[k] = append(m[k], i)
	}
	fmt.Println("map", len(m), len(m["4999"]), m["7"])
}

// Output:
// byte   [8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376]
// int    [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408]
// string [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560]
// [3]int [1 2 4 8 16 32 64 128 256 512 853 1365]
// pair   [1 2 4 8 16 32 64 128 256 512 853 1365]
// list 50000 true
// blocks 43 true
// large 42 xxxx true
// cells 14999850000
// map 5000 4 [7 5007 10007 15007]
