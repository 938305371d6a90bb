package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	root *node
	size int
}

type node struct {
	key         int
	val         string
	left, right *node
}

func (t *Tree) Put(key int, val string) {
	p := &t.root
	for *p != nil {
		switch {
		case key < (*p).key:
			p = &(*p).left
		case key > (*p).key:
			p = &(*p).right
		default:
			(*p).val = val
			return
		}
	}
	*p = &node{key: key, val: val}
	t.size++
}

func (t *Tree) Get(key int) (string, bool) {
	n := t.root
	for n != nil {
		if key < n.key {
			n = n.left
		} else if key > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	return "", false
}

func (t *Tree) Delete(key int) {
	t.root = del(t.root, key, &t.size)
}

func del(n *node, key int, size *int) *node {
	if n == nil {
		return nil
	}
	if key < n.key {
		n.left = del(n.left, key, size)
		return n
	}
	if key > n.key {
		n.right = del(n.right, key, size)
		return n
	}
	*size--
	if n.left == nil {
		return n.right
	}
	if n.right == nil {
		return n.left
	}
	m := n.right
	for m.left != nil {
		m = m.left
	}
	n.key, n.val = m.key, m.val
	*size++ // the recursive delete below counts again
	n.right = del(n.right, m.key, size)
	return n
}

func (t *Tree) Walk(f func(k int, v string)) {
	var walk func(*node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + max2(height(n.left), height(n.right))
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (t *Tree) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	first := true
	t.Walk(func(k int, v string) {
		if !first {
			sb.WriteString(" ")
		}
		first = false
		fmt.Fprintf(&sb, "%d:%s", k, v)
	})
	sb.WriteString("}")
	return sb.String()
}

func main() {
	t := &Tree{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println(t.size, height(t.root))
	fmt.Println(t)
	v, ok := t.Get(45)
	fmt.Println(v, ok)
	_, ok = t.Get(99)
	fmt.Println(ok)
	t.Put(45, "updated")
	t.Delete(30)
	t.Delete(50)
	t.Delete(99)
	fmt.Println(t.size, t)
	sum := 0
	t.Walk(func(k int, _ string) { sum += k })
	fmt.Println(sum)
	// a degenerate tree from sorted input
	d := &Tree{}
	for i := 0; i < 200; i++ {
		d.Put(i, "")
	}
	fmt.Println(d.size, height(d.root))
}

// Output:
// 10 4
// {20:v20 30:v30 35:v35 40:v40 45:v45 50:v50 60:v60 65:v65 70:v70 80:v80}
// v45 true
// false
// 8 {20:v20 35:v35 40:v40 45:updated 60:v60 65:v65 70:v70 80:v80}
// 415
// 200 200
