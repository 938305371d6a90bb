package main

// Objects of every size from 1 byte to 40 KiB (each small size class and
// the large threshold) in both scan and noscan forms: filled with a
// pattern, kept in a slice across collections while same-sized garbage is
// freed and reused, then verified byte by byte.

import (
	"fmt"
	"runtime"
)

type scanObj struct {
	p    *int
	data []byte
}

func fill(b []byte, seed int) {
	for i := range b {
		b[i] = byte(seed*7 + i)
	}
}

func ok(b []byte, seed int) bool {
	for i := range b {
		if b[i] != byte(seed*7+i) {
			return false
		}
	}
	return true
}

func main() {
	var sizes []int
	for n := 1; n <= 40<<10; {
		sizes = append(sizes, n)
		switch {
		case n < 64:
			n++
		case n < 1024:
			n += 16
		default:
			n += n / 8
		}
	}
	kept := make([][]byte, len(sizes))
	scans := make([]*scanObj, len(sizes))
	for round := 0; round < 3; round++ {
		for i, n := range sizes {
			b := make([]byte, n)
			fill(b, i+round)
			if round == 1 {
				kept[i] = b
				v := i
				scans[i] = &scanObj{p: &v, data: make([]byte, n)}
				fill(scans[i].data, -i)
			}
		}
		runtime.GC()
	}
	for i, n := range sizes {
		ptrs := make([]*int, n/8+1)
		for j := range ptrs {
			ptrs[j] = new(int)
		}
		_ = ptrs
		if i%20 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	bad := 0
	for i, n := range sizes {
		if len(kept[i]) != n || !ok(kept[i], i+1) {
			bad++
		}
		if *scans[i].p != i || !ok(scans[i].data, -i) {
			bad++
		}
	}
	fmt.Println("sizes", len(sizes), "bad", bad)
}

// Output:
// sizes 155 bad 0
