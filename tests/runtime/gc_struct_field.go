package main

// Objects reachable only through struct fields survive: nested structs
// held by value, embedded structs, pointer fields several levels deep,
// arrays of pointers inside structs, and struct values copied around
// (struct assignment) while collections run.

import (
	"fmt"
	"runtime"
)

type leaf struct {
	name string
	vals []int
}

type base struct {
	id   int
	leaf *leaf
}

type mid struct {
	base
	kids  [4]*leaf
	label string
	inner struct {
		p *leaf
		q []*leaf
	}
}

type top struct {
	m    mid
	pm   *mid
	tail *top
}

func newLeaf(s string, n int) *leaf {
	l := &leaf{name: s}
	for i := 0; i < n; i++ {
		l.vals = append(l.vals, i+n)
	}
	return l
}

func build(i int) top {
	var t top
	t.m.id = i
	t.m.leaf = newLeaf(fmt.Sprint("base", i), i%5+1)
	for k := range t.m.kids {
		t.m.kids[k] = newLeaf(fmt.Sprint("kid", k), k+1)
	}
	t.m.label = fmt.Sprint("label", i)
	t.m.inner.p = newLeaf("inner", 3)
	t.m.inner.q = []*leaf{newLeaf("q0", 1), newLeaf("q1", 2)}
	m2 := t.m
	m2.id = -i
	m2.kids[0] = newLeaf("copy", 2)
	t.pm = &m2
	t.tail = &top{m: mid{label: "tail"}}
	return t
}

func leafSum(l *leaf) int {
	s := len(l.name)
	for _, v := range l.vals {
		s += v
	}
	return s
}

func midSum(m *mid) int {
	s := m.id + leafSum(m.leaf) + len(m.label) + leafSum(m.inner.p)
	for _, k := range m.kids {
		s += leafSum(k)
	}
	for _, q := range m.inner.q {
		s += leafSum(q)
	}
	return s
}

var sink []*leaf

func main() {
	var tops [60]top
	for i := range tops {
		tops[i] = build(i)
		for j := 0; j < 300; j++ {
			sink = append(sink, newLeaf("junk", 4))
		}
		sink = nil
		if i%10 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	copied := tops
	tops[0] = top{}
	runtime.GC()
	s := 0
	for i := range copied {
		t := &copied[i]
		s += midSum(&t.m) + midSum(t.pm) + len(t.tail.m.label)
	}
	fmt.Println("checksum", s)
}

// Output:
// checksum 13760
