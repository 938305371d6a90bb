package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v T) *List[T] {
	l.items = append(l.items, v)
	return l
}

func (l *List[T]) Each(f func(int, T)) {
	for i, v := range l.items {
		f(i, v)
	}
}

type OrderedMap[K comparable, V any] struct {
	index map[K]int
	pairs List[Pair[K, V]]
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.pairs.items[i].Val = v
		return
	}
	m.index[k] = len(m.pairs.items)
	m.pairs.Add(Pair[K, V]{k, v})
}

func main() {
	m := NewOrderedMap[string, int]()
	m.Set("zeta", 1)
	m.Set("alpha", 2)
	m.Set("zeta", 3)
	m.Set("mid", 4)
	m.pairs.Each(func(i int, p Pair[string, int]) {
		fmt.Println(i, p.Key, p.Val)
	})
	fmt.Printf("%v\n", m.pairs.items)
	var l List[List[int]]
	l.Add(List[int]{items: []int{1}}).Add(List[int]{})
	fmt.Println(len(l.items), l.items[0].items)
}

// Output:
// 0 zeta 3
// 1 alpha 2
// 2 mid 4
// [{zeta 3} {alpha 2} {mid 4}]
// 2 [1]
