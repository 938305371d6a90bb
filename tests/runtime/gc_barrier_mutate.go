// The write barrier's test (issue 5): eight goroutines keep moving
// pointers between a shared array, a map, a slice, a global, channels,
// interfaces and closures, while garbage pours in, so that collections
// run while the structure mutates. Every move is a permutation under one
// lock, so at the end every node must still be there and intact: a node
// freed by a cycle that missed a pointer store shows up as a corrupted or
// missing node.
package main

import (
	"fmt"
	"sync"
)

type node struct {
	id      int
	name    string
	payload []int
	tag     interface{}
	next    *node
}

func newNode(id int) *node {
	n := &node{id: id, name: fmt.Sprint("n", id), payload: make([]int, 8)}
	for i := range n.payload {
		n.payload[i] = id * i
	}
	n.tag = n.name
	n.next = &node{id: -id}
	return n
}

func (n *node) intact() bool {
	if n == nil || n.name != fmt.Sprint("n", n.id) || len(n.payload) != 8 {
		return false
	}
	if s, ok := n.tag.(string); !ok || s != n.name || n.next.id != -n.id {
		return false
	}
	for i, v := range n.payload {
		if v != n.id*i {
			return false
		}
	}
	return true
}

const (
	slots   = 64
	tabled  = 16
	spares  = 4
	workers = 8
	rounds  = 1500
)

var (
	mu     sync.Mutex
	shared [slots]*node
	table  = map[int]*node{}
	spare  []*node
	global *node
	sink   [][]byte
)

func work(w int, wg *sync.WaitGroup) {
	defer wg.Done()
	ch := make(chan *node, 1)
	for r := 0; r < rounds; r++ {
		// garbage, some of it pointer-rich
		junk := make([]*node, 8)
		for j := range junk {
			junk[j] = &node{id: j, name: "junk", payload: make([]int, 32)}
		}
		b := make([]byte, 512+r%256)
		mu.Lock()
		sink[w] = b
		a := (w*7 + r*13) % slots
		c := (w*5 + r*3 + 1) % slots
		shared[a], shared[c] = shared[c], shared[a]
		k := r % tabled
		shared[a], table[k] = table[k], shared[a]
		s := r % spares
		global, spare[s] = spare[s], global
		n := shared[c]
		shared[c] = nil
		ch <- n
		shared[c] = <-ch
		var x interface{} = shared[a]
		shared[a] = nil
		get := func() *node { return x.(*node) }
		shared[a] = get()
		spare = append(spare, shared[c])
		shared[c] = nil
		shared[c] = spare[len(spare)-1]
		spare = spare[:len(spare)-1]
		mu.Unlock()
		_ = junk
	}
}

func main() {
	id := 0
	for i := range shared {
		shared[i] = newNode(id)
		id++
	}
	for k := 0; k < tabled; k++ {
		table[k] = newNode(id)
		id++
	}
	for s := 0; s < spares; s++ {
		spare = append(spare, newNode(id))
		id++
	}
	global = newNode(id)
	id++
	sink = make([][]byte, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go work(w, &wg)
	}
	wg.Wait()
	all := []*node{global}
	all = append(all, shared[:]...)
	all = append(all, spare...)
	for k := 0; k < tabled; k++ {
		all = append(all, table[k])
	}
	seen := map[int]bool{}
	bad := 0
	for _, n := range all {
		if !n.intact() || seen[n.id] {
			bad++
			continue
		}
		seen[n.id] = true
	}
	fmt.Println("nodes", len(seen), "of", id, "bad", bad)
}

// Output:
// nodes 85 of 85 bad 0
