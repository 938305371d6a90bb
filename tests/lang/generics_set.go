package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func Union[T comparable](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range a {
		out.Add(k)
	}
	for k := range b {
		out.Add(k)
	}
	return out
}

func Sorted(s Set[int]) []int {
	var out []int
	for k := range s {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := Union(a, b)
	fmt.Println(u.Len(), u.Has(4), u.Has(5), Sorted(u))
	words := NewSet("go", "c", "go")
	fmt.Println(words.Len(), words.Has("c"))
}

// Output:
// 4 true false [1 2 3 4]
// 2 true
