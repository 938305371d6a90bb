package main

// Long singly and doubly linked lists (reachable only from their heads)
// survive while nodes are spliced out, inserted and reversed between
// collections; container/list too.

import (
	"container/list"
	"fmt"
	"runtime"
)

type snode struct {
	v    int
	s    string
	next *snode
}

type dnode struct {
	v          int
	prev, next *dnode
}

func buildSingly(n int) *snode {
	var head *snode
	for i := n - 1; i >= 0; i-- {
		head = &snode{v: i, s: fmt.Sprint(i % 10), next: head}
	}
	return head
}

func reverse(h *snode) *snode {
	var prev *snode
	for h != nil {
		next := h.next
		h.next = prev
		prev, h = h, next
	}
	return prev
}

func dropOdd(h *snode) *snode {
	for h != nil && h.v%2 == 1 {
		h = h.next
	}
	for p := h; p != nil; p = p.next {
		for p.next != nil && p.next.v%2 == 1 {
			p.next = p.next.next
		}
	}
	return h
}

func sumSingly(h *snode) (int, int) {
	n, s := 0, 0
	for ; h != nil; h = h.next {
		n++
		s += h.v + len(h.s)
	}
	return n, s
}

func main() {
	single := buildSingly(20000)
	runtime.GC()
	single = reverse(single)
	runtime.GC()
	single = dropOdd(single)
	runtime.GC()
	fmt.Println(sumSingly(single))

	sentinel := &dnode{}
	sentinel.prev, sentinel.next = sentinel, sentinel
	for i := 0; i < 10000; i++ {
		n := &dnode{v: i, prev: sentinel.prev, next: sentinel}
		sentinel.prev.next = n
		sentinel.prev = n
		if i%3 == 0 {
			dead := &dnode{v: -1}
			dead.prev, dead.next = dead, dead
		}
	}
	runtime.GC()
	for n := sentinel.next; n != sentinel; n = n.next {
		if n.v%5 == 0 {
			n.prev.next = n.next
			n.next.prev = n.prev
		}
	}
	runtime.GC()
	fwd, back, cnt := 0, 0, 0
	for n := sentinel.next; n != sentinel; n = n.next {
		fwd += n.v
		cnt++
	}
	for n := sentinel.prev; n != sentinel; n = n.prev {
		back += n.v
	}
	fmt.Println(cnt, fwd, back)

	l := list.New()
	for i := 0; i < 5000; i++ {
		l.PushBack(&snode{v: i})
		if i%7 == 0 {
			l.PushFront(fmt.Sprint("s", i))
		}
	}
	runtime.GC()
	for e := l.Front(); e != nil; {
		next := e.Next()
		if s, ok := e.Value.(*snode); ok && s.v%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	runtime.GC()
	ls := 0
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case *snode:
			ls += v.v
		case string:
			ls += len(v)
		}
	}
	fmt.Println(l.Len(), ls)
}

// Output:
// 10000 100000000
// 8000 40000000 40000000
// 3215 6253415
