package main

import "fmt"

type Container[T any] interface {
	Put(T)
	All() []T
}

type SliceC[T any] struct{ xs []T }

func (s *SliceC[T]) Put(v T)  { s.xs = append(s.xs, v) }
func (s *SliceC[T]) All() []T { return s.xs }

type UniqueC[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (u *UniqueC[T]) Put(v T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[v] {
		u.seen[v] = true
		u.xs = append(u.xs, v)
	}
}
func (u *UniqueC[T]) All() []T { return u.xs }

func fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func main() {
	cs := []Container[string]{&SliceC[string]{}, &UniqueC[string]{}}
	for _, c := range cs {
		fmt.Println(fill(c, "a", "b", "a").All())
	}
	var ci Container[int] = &UniqueC[int]{}
	ci.Put(1)
	ci.Put(1)
	fmt.Printf("%v %T\n", ci.All(), ci)
}

// Output:
// [a b a]
// [a b]
// [1] *main.UniqueC[int]
