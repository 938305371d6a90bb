package main

import "fmt"

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)   { b.items = append(b.items, x) }
func (b *Base[T]) Count() int { return len(b.items) }

type Named struct {
	Base[string]
	Title string
}

type Numbers[T int | float64] struct {
	Base[T]
}

func (n *Numbers[T]) Total() T {
	var t T
	for _, x := range n.items {
		t += x
	}
	return t
}

func main() {
	n := &Named{Title: "words"}
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Title, n.Count(), n.items)
	var f Numbers[float64]
	f.Add(1.5)
	f.Add(2)
	fmt.Println(f.Count(), f.Total())
}

// Output:
// words 2 [x y]
// 2 3.5
