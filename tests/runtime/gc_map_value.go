package main

// Objects reachable only as map values survive: pointers, slices,
// strings, structs with pointer fields and nested maps, while entries are
// overwritten and deleted so the old values become garbage.

import (
	"fmt"
	"runtime"
)

type rec struct {
	id   int
	tags []string
	next *rec
}

type pair struct {
	a *rec
	s string
}

func main() {
	ptrs := map[int]*rec{}
	slices := map[string][]int{}
	strs := map[int]string{}
	pairs := map[int]pair{}
	inner := map[int]map[int]*rec{}
	for round := 0; round < 6; round++ {
		for i := 0; i < 400; i++ {
			r := &rec{id: i + round, tags: []string{fmt.Sprint("t", i), "x"}}
			r.next = &rec{id: -i}
			ptrs[i] = r
			slices[fmt.Sprint(i%100)] = []int{i, round, i * round}
			strs[i] = fmt.Sprintf("%d:%d", i, round)
			pairs[i%37] = pair{a: r, s: fmt.Sprint(round)}
			if inner[i%10] == nil {
				inner[i%10] = map[int]*rec{}
			}
			inner[i%10][i] = &rec{id: i * 7}
		}
		for i := 0; i < 400; i += 3 {
			delete(ptrs, i)
			delete(inner[i%10], i)
		}
		runtime.GC()
	}

	s := 0
	for k, r := range ptrs {
		s += k + r.id + r.next.id + len(r.tags[0])
	}
	fmt.Println("ptrs", len(ptrs), s)
	s = 0
	for _, v := range slices {
		s += v[0] + v[1] + v[2]
	}
	fmt.Println("slices", len(slices), s)
	s = 0
	for _, v := range strs {
		s += len(v)
	}
	fmt.Println("strs", len(strs), s, strs[399])
	s = 0
	for k, p := range pairs {
		s += k + p.a.id + len(p.s) + len(p.a.tags)
	}
	fmt.Println("pairs", len(pairs), s)
	s, n := 0, 0
	for _, m := range inner {
		for k, r := range m {
			s += k + r.id
			n++
		}
	}
	fmt.Println("inner", len(inner), n, s)
}

// Output:
// ptrs 266 55389
// slices 100 210200
// strs 400 1890 399:5
// pairs 37 15059
// inner 10 266 424536
