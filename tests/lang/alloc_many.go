package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Left, Right *Node
	Val         int
}

func build(d int) *Node {
	if d == 0 {
		return &Node{Val: 1}
	}
	return &Node{build(d - 1), build(d - 1), d}
}

func (n *Node) Count() int {
	if n == nil {
		return 0
	}
	return 1 + n.Left.Count() + n.Right.Count()
}

func main() {
	total := 0
	for i := 0; i < 20; i++ {
		t := build(14)
		total += t.Count()
	}
	fmt.Println(total)
	var keep []*Node
	for i := 0; i < 200000; i++ {
		n := &Node{Val: i}
		if i%1000 == 0 {
			keep = append(keep, n)
		}
	}
	sum := 0
	for _, n := range keep {
		sum += n.Val
	}
	fmt.Println(len(keep), sum)
	var parts []string
	for i := 0; i < 100000; i++ {
		s := fmt.Sprint(i)
		if i%10000 == 0 {
			parts = append(parts, s)
		}
	}
	fmt.Println(strings.Join(parts, ","))
	m := map[int][]byte{}
	for i := 0; i < 50000; i++ {
		m[i%100] = make([]byte, i%512)
	}
	n := 0
	for _, v := range m {
		n += len(v)
	}
	fmt.Println(len(m), n)
}

// Output:
// 655340
// 200 19900000
// 0,10000,20000,30000,40000,50000,60000,70000,80000,90000
// 100 28550
