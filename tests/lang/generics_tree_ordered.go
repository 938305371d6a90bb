package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

type Tree[T Ordered] struct {
	root *tnode[T]
}

type tnode[T Ordered] struct {
	v           T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(v T) {
	t.root = insert(t.root, v)
}

func insert[T Ordered](n *tnode[T], v T) *tnode[T] {
	if n == nil {
		return &tnode[T]{v: v}
	}
	if v < n.v {
		n.left = insert(n.left, v)
	} else if v > n.v {
		n.right = insert(n.right, v)
	}
	return n
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T Ordered](n *tnode[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.v)
	walk(n.right, f)
}

func main() {
	var t Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "c", "z"} {
		t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	var f Tree[float64]
	for _, x := range []float64{3.5, -1, 2, 10} {
		f.Insert(x)
	}
	sum := 0.0
	f.Walk(func(x float64) { sum += x; fmt.Print(x, " ") })
	fmt.Println(sum)
}

// Output:
// a c m x z 
// -1 2 3.5 10 14.5
