package main

import "fmt"

// heap_parallel: goroutines on several Ps allocate at once (each P has its
// own allocation cache) and build trees, strings and slices that must stay
// intact.

type node struct {
	left, right *node
	v           int
}

func build(d int) *node {
	if d == 0 {
		return &node{v: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) sum() int {
	if n.left == nil {
		return n.v
	}
	return n.v + n.left.sum() + n.right.sum()
}

func worker(w int, out chan<- int) {
	t := 0
	keep := make([]*node, 0)
	for i := 0; i < 10; i++ {
		n := build(10)
		keep = append(keep, n)
		s := make([]string, 0)
		for j := 0; j < 300; j++ {
			s = append(s, fmt.Sprint(w, "-", j))
		}
		if s[299] != fmt.Sprint(w, "-", 299) {
			t = -1000000
		}
		big := make([]int, 10000+w)
		big[len(big)-1] = w
		t += len(s) + big[len(big)-1]
	}
	for _, n := range keep {
		t += n.sum()
	}
	out <- t
}

func main() {
	ch := make(chan int)
	for w := 0; w < 8; w++ {
		go worker(w, ch)
	}
	total := 0
	for w := 0; w < 8; w++ {
		total += <-ch
	}
	fmt.Println(total)
}

// Output:
// 269080
