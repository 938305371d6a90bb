// alloc: allocation throughput of small objects. Allocates ALLOC_M
// million (default 30) objects of 16, 32 and 64 bytes in turn, each
// stored into a 4096-entry ring so that it escapes to the heap (in Go
// too) and lives briefly. The first line reports millions of objects per
// second and differs between implementations; the last line is the
// checksum bench/run compares.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type pair struct{ a, b int } // 16 bytes
type quad struct {
	a, b *pair
	c, d int
} // 32 bytes

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func main() {
	n := envInt("ALLOC_M", 30) * 1000000
	var pairs [4096]*pair
	var quads [4096]*quad
	var slices [4096][]int
	start := time.Now()
	check := 0
	for i := 0; i < n; i += 3 {
		k := i & 4095
		p := &pair{i, 1}
		q := &quad{p, pairs[k], i, 2}
		s := make([]int, 8)
		s[i&7] = i
		if old := quads[k]; old != nil {
			check += old.c&15 + old.a.b + slices[k][(i-4096*3)&7]&1
		}
		pairs[k] = p
		quads[k] = q
		slices[k] = s
	}
	secs := time.Since(start).Seconds()
	fmt.Printf("alloc: %.1f M objects/s\n", float64(n)/secs/1e6)
	fmt.Println("objects", n, "check", check)
}
