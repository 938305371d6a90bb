package main

// The binarytrees shape: a long-lived tree survives while many
// short-lived trees of several depths are built, checked and dropped;
// then a sorted binary search tree is built with insertions and
// deletions between collections.

import (
	"fmt"
	"runtime"
)

type tree struct {
	left, right *tree
}

func bottomUp(depth int) *tree {
	if depth <= 0 {
		return &tree{}
	}
	return &tree{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (t *tree) check() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.check() + t.right.check()
}

type bst struct {
	key         int
	val         string
	left, right *bst
}

func insert(t *bst, k int) *bst {
	if t == nil {
		return &bst{key: k, val: fmt.Sprint("v", k)}
	}
	if k < t.key {
		t.left = insert(t.left, k)
	} else if k > t.key {
		t.right = insert(t.right, k)
	}
	return t
}

func remove(t *bst, k int) *bst {
	if t == nil {
		return nil
	}
	switch {
	case k < t.key:
		t.left = remove(t.left, k)
	case k > t.key:
		t.right = remove(t.right, k)
	default:
		if t.left == nil {
			return t.right
		}
		if t.right == nil {
			return t.left
		}
		m := t.right
		for m.left != nil {
			m = m.left
		}
		t.key, t.val = m.key, m.val
		t.right = remove(t.right, m.key)
	}
	return t
}

func walk(t *bst, f func(*bst)) {
	if t != nil {
		walk(t.left, f)
		f(t)
		walk(t.right, f)
	}
}

func main() {
	const maxDepth = 12
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d trees of depth %d check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d check: %d\n", maxDepth, long.check())

	var root *bst
	x := uint32(12345)
	for i := 0; i < 3000; i++ {
		x = x*1664525 + 1013904223
		root = insert(root, int(x>>20))
		if i%500 == 0 {
			runtime.GC()
		}
	}
	for k := 0; k < 4096; k += 3 {
		root = remove(root, k)
	}
	runtime.GC()
	n, sum, ok, prev := 0, 0, true, -1
	walk(root, func(t *bst) {
		n++
		sum += t.key + len(t.val)
		if t.key <= prev || t.val != fmt.Sprint("v", t.key) {
			ok = false
		}
		prev = t.key
	})
	fmt.Println("bst", n, sum, ok)
}

// Output:
// 4096 trees of depth 4 check: 126976
// 1024 trees of depth 6 check: 130048
// 256 trees of depth 8 check: 130816
// 64 trees of depth 10 check: 131008
// 16 trees of depth 12 check: 131056
// long lived tree of depth 12 check: 8191
// bst 1428 2922193 true
