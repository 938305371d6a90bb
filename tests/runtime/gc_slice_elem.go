package main

// Objects reachable only as slice elements survive collections: a slice
// of pointers, a slice of slices, a slice of strings, a slice of
// interfaces, and a subslice whose only reference points into the middle
// of its backing array.

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct {
	id   int
	data []int
}

var sink []*node

func churn(rounds int) {
	for r := 0; r < rounds; r++ {
		junk := make([]*node, 0, 16)
		for i := 0; i < 2500; i++ {
			junk = append(junk, &node{id: -i, data: make([]int, i%13)})
		}
		sink = junk
		sink = nil
		runtime.GC()
	}
}

func sumNode(n *node) int {
	s := n.id
	for _, v := range n.data {
		s += v
	}
	return s
}

func main() {
	ptrs := make([]*node, 0)
	for i := 0; i < 200; i++ {
		n := &node{id: i, data: make([]int, i%7+1)}
		for j := range n.data {
			n.data[j] = i * j
		}
		ptrs = append(ptrs, n)
	}
	nested := make([][]byte, 50)
	for i := range nested {
		nested[i] = []byte("row-" + strconv.Itoa(i))
	}
	strs := make([]string, 0)
	for i := 0; i < 100; i++ {
		strs = append(strs, fmt.Sprintf("s%03d", i))
	}
	ifaces := []any{&node{id: 7, data: []int{1, 2}}, "text" + strconv.Itoa(42), []int{4, 5, 6}, node{id: 9}}
	backing := make([]*node, 100)
	for i := range backing {
		backing[i] = &node{id: 1000 + i}
	}
	middle := backing[40:45]
	backing = nil

	churn(5)

	total := 0
	for _, n := range ptrs {
		total += sumNode(n)
	}
	fmt.Println("ptrs", len(ptrs), total)
	bytesum := 0
	for _, row := range nested {
		for _, b := range row {
			bytesum += int(b)
		}
	}
	fmt.Println("nested", bytesum, string(nested[49]))
	joined := 0
	for _, s := range strs {
		joined += len(s) + int(s[3])
	}
	fmt.Println("strs", joined, strs[0], strs[99])
	fmt.Println("ifaces", ifaces[0].(*node).id, ifaces[1], ifaces[2], ifaces[3].(node).id)
	ids := 0
	for _, n := range middle {
		ids += n.id
	}
	fmt.Println("middle", len(middle), cap(middle), ids)
	full := middle[:cap(middle)]
	fmt.Println("tail", full[len(full)-1].id)
}

// Output:
// ptrs 200 177509
// nested 24095 row-49
// strs 5650 s000 s099
// ifaces 7 text42 [4 5 6] 9
// middle 5 60 5210
// tail 1099
