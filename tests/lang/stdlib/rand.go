// math/rand: golem's sequence differs from Go's, so this checks properties
// (ranges, permutations, determinism under a seed, the panics) and never
// prints a drawn value.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func panics(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return "no panic"
}

func main() {
	r := rand.New(rand.NewSource(42))
	okRange := true
	for i := 0; i < 10000; i++ {
		if v := r.Intn(10); v < 0 || v >= 10 {
			okRange = false
		}
		if v := r.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			okRange = false
		}
		if v := r.Int31n(7); v < 0 || v >= 7 {
			okRange = false
		}
		if f := r.Float64(); f < 0 || f >= 1 {
			okRange = false
		}
		if f := r.Float32(); f < 0 || f >= 1 {
			okRange = false
		}
		if r.Int() < 0 || r.Int63() < 0 || r.Int31() < 0 {
			okRange = false
		}
		if f := r.ExpFloat64(); f < 0 {
			okRange = false
		}
	}
	fmt.Println("ranges ok:", okRange)

	// every value of a small range shows up
	seen := map[int]bool{}
	for i := 0; i < 1000; i++ {
		seen[r.Intn(5)] = true
	}
	fmt.Println("all of 0..4 seen:", len(seen) == 5)

	// the same seed gives the same sequence; Seed resets it
	a, b := rand.New(rand.NewSource(7)), rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int63() != b.Int63() || a.Float64() != b.Float64() {
			same = false
		}
	}
	first := a.Uint64()
	a.Seed(7)
	b.Seed(7)
	fmt.Println("deterministic:", same, a.Uint64() == b.Uint64(), first != 0)

	// Perm and Shuffle are permutations
	p := r.Perm(20)
	sorted := append([]int(nil), p...)
	sort.Ints(sorted)
	isPerm := true
	for i, v := range sorted {
		if v != i {
			isPerm = false
		}
	}
	fmt.Println("perm:", len(p), isPerm, len(r.Perm(0)))
	words := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	sort.Strings(words)
	fmt.Println("shuffle keeps elements:", words)
	r.Shuffle(0, func(i, j int) { panic("not called") })

	// NormFloat64: mean near 0, variance near 1
	sum, sq := 0.0, 0.0
	n := 20000
	for i := 0; i < n; i++ {
		x := r.NormFloat64()
		sum += x
		sq += x * x
	}
	mean, variance := sum/float64(n), sq/float64(n)
	fmt.Println("normal:", mean > -0.05 && mean < 0.05, variance > 0.9 && variance < 1.1)

	// Read fills the buffer
	buf := make([]byte, 33)
	nr, err := r.Read(buf)
	fmt.Println("read:", nr, err)

	// top-level functions
	rand.Seed(1)
	fmt.Println(rand.Intn(1), rand.Int63n(1), rand.Float64() < 1, len(rand.Perm(3)))

	// panics
	fmt.Println(panics(func() { r.Intn(0) }))
	fmt.Println(panics(func() { r.Int63n(-1) }))
	fmt.Println(panics(func() { r.Int31n(0) }))
	fmt.Println(panics(func() { rand.Intn(-5) }))
	fmt.Println(panics(func() { r.Shuffle(-1, func(i, j int) {}) }))
	fmt.Println(panics(func() { r.Perm(-1) }))
}

// Output:
// ranges ok: true
// all of 0..4 seen: true
// deterministic: true true true
// perm: 20 true 0
// shuffle keeps elements: [a b c d e f]
// normal: true true
// read: 33 <nil>
// 0 0 true 3
// invalid argument to Intn
// invalid argument to Int63n
// invalid argument to Int31n
// invalid argument to Intn
// invalid argument to Shuffle
// runtime error: makeslice: len out of range
