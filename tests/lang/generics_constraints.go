package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
}

func MinOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x < m {
			m = x
		}
	}
	return m
}

type Stringer interface{ String() string }

type Named struct{ N string }

func (n Named) String() string { return "<" + n.N + ">" }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Celsius float64

func main() {
	ints := []int{5, 2, 8, 1}
	SortSlice(ints)
	fmt.Println(ints)
	words := []string{"pear", "apple", "fig"}
	SortSlice(words)
	fmt.Println(words)
	temps := []Celsius{30.5, -2, 12}
	SortSlice(temps)
	fmt.Println(temps)
	fmt.Println(MinOf(3, 1, 2), MinOf("b", "a"), MinOf(2.5))
	fmt.Println(JoinAll([]Named{{"a"}, {"b"}}, ","))
	s := NewSet(1, 2, 3, 2)
	fmt.Println(len(s), s.Has(2), s.Has(5))
	var l List[string]
	l.PushFront("c")
	l.PushFront("b")
	l.PushFront("a")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.size)
	total := Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x })
	csv := Reduce([]int{1, 2, 3}, "", func(a string, x int) string {
		if a != "" {
			a += ","
		}
		return a + fmt.Sprint(x)
	})
	fmt.Println(total, csv)
}

// Output:
// [1 2 5 8]
// [apple fig pear]
// [-2 12 30.5]
// 1 a 2.5
// <a>,<b>
// 3 true false
// a b c 3
// 10 1,2,3
