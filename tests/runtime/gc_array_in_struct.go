package main

// Pointers held in arrays inside structs (and arrays of structs holding
// pointers, and arrays of strings and slices) survive, including when the
// enclosing struct lives on the heap, in a slice, or in a map value.

import (
	"fmt"
	"runtime"
)

type cell struct {
	v   int
	tag string
}

type grid struct {
	rows  [3][4]*cell
	names [5]string
	lists [2][]int
	pairs [3]struct {
		k string
		c *cell
	}
}

func newGrid(seed int) *grid {
	g := &grid{}
	for r := range g.rows {
		for c := range g.rows[r] {
			g.rows[r][c] = &cell{v: seed + r*4 + c, tag: fmt.Sprint(r, c)}
		}
	}
	for i := range g.names {
		g.names[i] = fmt.Sprintf("n%d-%d", seed, i)
	}
	g.lists[0] = []int{seed, seed + 1}
	g.lists[1] = make([]int, seed%4)
	for i := range g.pairs {
		g.pairs[i].k = fmt.Sprint("pair", i)
		g.pairs[i].c = &cell{v: seed * i}
	}
	return g
}

func (g *grid) sum() int {
	s := 0
	for r := range g.rows {
		for _, c := range g.rows[r] {
			s += c.v + len(c.tag)
		}
	}
	for _, n := range g.names {
		s += len(n)
	}
	s += len(g.lists[1])
	for _, v := range g.lists[0] {
		s += v
	}
	for _, p := range g.pairs {
		s += len(p.k) + p.c.v
	}
	return s
}

var sink any

func main() {
	heap := newGrid(1)
	var vals []grid
	byName := map[string]grid{}
	for i := 0; i < 80; i++ {
		vals = append(vals, *newGrid(i))
		byName[fmt.Sprint(i%20)] = *newGrid(i * 2)
		for j := 0; j < 200; j++ {
			sink = newGrid(j)
		}
		if i%16 == 0 {
			runtime.GC()
		}
	}
	sink = nil
	runtime.GC()
	runtime.GC()
	s := heap.sum()
	for i := range vals {
		s += vals[i].sum()
	}
	for _, g := range byName {
		s += g.sum()
	}
	fmt.Println("checksum", s)
}

// Output:
// checksum 115626
