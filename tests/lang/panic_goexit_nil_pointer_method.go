package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.next.Sum()
}

func (n *Node) Val() int { return n.val }

func main() {
	l := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(l.Sum())
	var empty *Node
	fmt.Println(empty.Sum())
	fmt.Println(empty.Val())
}

// Output:
// 6
// 0
// Panic: panic: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
