package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type LinkedList[T any] struct {
	head *node[T]
	size int
}

func (l *LinkedList[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *LinkedList[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *LinkedList[T]) Slice() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func main() {
	var l LinkedList[int]
	for i := 1; i <= 5; i++ {
		l.PushFront(i)
	}
	fmt.Println(l.Slice(), l.size)
	l.Reverse()
	fmt.Println(l.Slice())
	var s LinkedList[string]
	s.PushFront("b")
	s.PushFront("a")
	fmt.Printf("%q\n", s.Slice())
}

// Output:
// [5 4 3 2 1] 5
// [1 2 3 4 5]
// ["a" "b"]
