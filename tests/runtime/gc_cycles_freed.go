package main

// Cyclic structures (rings, doubly linked lists, graphs with back edges,
// self-references, cycles through maps, interfaces and closures) become
// garbage once unreachable: after runtime.GC the live heap object count
// and HeapAlloc drop back near where they were before. The margins are
// wide so the check cannot flake.

import (
	"fmt"
	"runtime"
)

type vertex struct {
	id    int
	edges []*vertex
	attrs map[string]*vertex
	self  *vertex
	back  any
	fn    func() int
}

func buildGraph(n int) *vertex {
	vs := make([]*vertex, n)
	for i := range vs {
		vs[i] = &vertex{id: i, attrs: map[string]*vertex{}}
		vs[i].self = vs[i]
	}
	for i, v := range vs {
		v.edges = append(v.edges, vs[(i+1)%n], vs[(i*7)%n])
		v.attrs["parent"] = vs[i/2]
		v.back = vs[(i+n-1)%n]
		w := vs[(i+3)%n]
		v.fn = func() int { return w.id }
	}
	return vs[0]
}

func stats() (uint64, uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapObjects, m.HeapAlloc
}

// grow builds the graphs, checks them and reports the heap while they are
// live; they are unreachable once it returns (its frame is gone).
func grow(objs0, alloc0 uint64) (uint64, uint64) {
	var graphs []*vertex
	for i := 0; i < 20; i++ {
		graphs = append(graphs, buildGraph(1000))
	}
	runtime.GC()
	objs1, alloc1 := stats()
	fmt.Println("grown objects by more than 40000:", objs1 > objs0+40000)
	fmt.Println("grown bytes by more than 2 MB:", alloc1 > alloc0+2<<20)
	s := 0
	for i := range graphs {
		g := graphs[i]
		s += g.edges[0].edges[1].fn() + g.attrs["parent"].id + g.back.(*vertex).id
	}
	fmt.Println("checksum", s)
	return objs1, alloc1
}

func main() {
	runtime.GC()
	runtime.GC()
	objs0, alloc0 := stats()
	objs1, alloc1 := grow(objs0, alloc0)
	runtime.GC()
	runtime.GC()
	objs2, alloc2 := stats()
	fmt.Println("objects back within 10000:", objs2 < objs0+10000)
	fmt.Println("bytes back within 1 MB:", alloc2 < alloc0+1<<20)
	fmt.Println("freed most:", objs1-objs2 > 40000, alloc1-alloc2 > 2<<20)
}

// Output:
// grown objects by more than 40000: true
// grown bytes by more than 2 MB: true
// checksum 20180
// objects back within 10000: true
// bytes back within 1 MB: true
// freed most: true true
