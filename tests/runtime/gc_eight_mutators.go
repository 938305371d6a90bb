package main

// The write barrier's test: 8 goroutines keep rewiring a shared graph
// (pointer fields, slice elements, map values and interface fields),
// each under the lock of the node it writes, while they and two more
// goroutines pour garbage in, so that cycles run concurrently with the
// mutation. At the end every node must still be intact and its
// checksum consistent.

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	mu    sync.Mutex
	id    int
	left  *node
	right *node
	kids  []*node
	meta  map[int]*node
	any   any
	label string
}

func (n *node) check(id int) bool {
	return n.id == id && n.label == fmt.Sprint("n", id)
}

func main() {
	const size = 256
	nodes := make([]*node, size)
	for i := range nodes {
		nodes[i] = &node{id: i, meta: map[int]*node{}, label: fmt.Sprint("n", i)}
	}
	var wg sync.WaitGroup
	stop, stopped := make(chan bool), make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				stopped <- true
				return
			default:
				runtime.GC()
			}
		}
	}()
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			x := uint32(w + 1)
			for i := 0; i < 4000; i++ {
				x = x*1664525 + 1013904223
				a := nodes[int(x>>8)%size]
				b := nodes[int(x>>16)%size]
				c := nodes[int(x>>24)%size]
				a.mu.Lock()
				switch i % 5 {
				case 0:
					a.left, a.right = b, c
				case 1:
					a.kids = append(a.kids, b)
					if len(a.kids) > 8 {
						a.kids = append([]*node(nil), a.kids[4:]...)
					}
				case 2:
					a.meta[b.id] = c
					if len(a.meta) > 6 {
						for k := range a.meta {
							delete(a.meta, k)
							break
						}
					}
				case 3:
					a.any = b
				case 4:
					a.any = []*node{c, b}
				}
				a.mu.Unlock()
				_ = make([]int, 8+i%32)
				_ = &node{id: -1}
			}
		}(w)
	}
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var junk []*node
			for i := 0; i < 20000; i++ {
				junk = append(junk, &node{id: i})
				if len(junk) > 64 {
					junk = nil
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	<-stopped
	runtime.GC()

	bad, refs := 0, 0
	for i, n := range nodes {
		if !n.check(i) {
			bad++
		}
		for _, p := range []*node{n.left, n.right} {
			if p != nil {
				refs++
				if !p.check(p.id) {
					bad++
				}
			}
		}
		for _, k := range n.kids {
			refs++
			if !k.check(k.id) {
				bad++
			}
		}
		for k, v := range n.meta {
			refs++
			if !v.check(v.id) || nodes[k].id != k {
				bad++
			}
		}
		switch v := n.any.(type) {
		case *node:
			refs++
			if !v.check(v.id) {
				bad++
			}
		case []*node:
			refs += len(v)
			if !v[0].check(v[0].id) || !v[1].check(v[1].id) {
				bad++
			}
		}
	}
	fmt.Println("nodes", len(nodes), "bad", bad, "refs>1000", refs > 1000)
}

// Output:
// nodes 256 bad 0 refs>1000 true
