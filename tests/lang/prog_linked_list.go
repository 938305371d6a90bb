package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val        int
	Prev, Next *Node
}

type List struct {
	head, tail *Node
	n          int
}

func (l *List) PushBack(v int) *Node {
	n := &Node{Val: v, Prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.Next = n
	}
	l.tail = n
	l.n++
	return n
}

func (l *List) PushFront(v int) *Node {
	n := &Node{Val: v, Next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.Prev = n
	}
	l.head = n
	l.n++
	return n
}

func (l *List) Remove(n *Node) {
	if n.Prev != nil {
		n.Prev.Next = n.Next
	} else {
		l.head = n.Next
	}
	if n.Next != nil {
		n.Next.Prev = n.Prev
	} else {
		l.tail = n.Prev
	}
	n.Prev, n.Next = nil, nil
	l.n--
}

func (l *List) Reverse() {
	for n := l.head; n != nil; n = n.Prev {
		n.Prev, n.Next = n.Next, n.Prev
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (l *List) Backward() []int {
	var out []int
	for n := l.tail; n != nil; n = n.Prev {
		out = append(out, n.Val)
	}
	return out
}

// singly linked with recursion
type SNode struct {
	V    string
	Next *SNode
}

func build(vals ...string) *SNode {
	if len(vals) == 0 {
		return nil
	}
	return &SNode{vals[0], build(vals[1:]...)}
}

func (s *SNode) Len() int {
	if s == nil {
		return 0
	}
	return 1 + s.Next.Len()
}

func reverse(s *SNode) *SNode {
	var prev *SNode
	for s != nil {
		s, s.Next, prev = s.Next, prev, s
	}
	return prev
}

func main() {
	l := &List{}
	var mid *Node
	for i := 1; i <= 5; i++ {
		n := l.PushBack(i * 10)
		if i == 3 {
			mid = n
		}
	}
	l.PushFront(0)
	fmt.Println(l, l.n)
	l.Remove(mid)
	l.Remove(l.head)
	fmt.Println(l, l.n, l.Backward())
	l.Reverse()
	fmt.Println(l, l.Backward())
	l.Remove(l.tail)
	l.Remove(l.tail)
	l.Remove(l.tail)
	l.Remove(l.tail)
	fmt.Println(l, l.n, l.head == nil, l.tail == nil)
	s := build("a", "b", "c", "d")
	fmt.Println(s.Len())
	var nilList *SNode
	fmt.Println(nilList.Len())
	for n := reverse(s); n != nil; n = n.Next {
		fmt.Print(n.V)
	}
	fmt.Println()
}

// Output:
// [0 10 20 30 40 50] 6
// [10 20 40 50] 4 [50 40 20 10]
// [50 40 20 10] [10 20 40 50]
// [] 0 true true
// 4
// 0
// dcba
