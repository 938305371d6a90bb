package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

func dump(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	back := []string{}
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, fmt.Sprint(e.Value))
	}
	return fmt.Sprintf("[%s] rev[%s] len=%d", strings.Join(parts, " "), strings.Join(back, " "), l.Len())
}

type item struct {
	name  string
	prio  int
	index int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *pq) Push(x any)        { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	it.index = -1
	return it
}

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }

func main() {
	// list
	var zero list.List // the zero List is usable
	zero.PushBack("z")
	fmt.Println(dump(&zero))
	l := list.New()
	fmt.Println(dump(l), l.Front() == nil, l.Back() == nil)
	e1 := l.PushBack(1)
	e2 := l.PushBack(2)
	e0 := l.PushFront(0)
	l.InsertBefore(1.5, e2)
	l.InsertAfter("after2", e2)
	fmt.Println(dump(l))
	l.MoveToFront(e2)
	l.MoveToBack(e0)
	fmt.Println(dump(l))
	l.MoveBefore(e0, e1)
	l.MoveAfter(e2, e1)
	fmt.Println(dump(l))
	fmt.Println(l.Remove(e1), dump(l))
	fmt.Println(l.Remove(e1), l.Len()) // removing twice is harmless
	other := list.New()
	other.PushBack("x")
	fmt.Println(l.InsertBefore("no", other.Front()) == nil)
	l.MoveToFront(other.Front()) // not in l: ignored
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l))
	l.PushBackList(l)
	fmt.Println(dump(l))
	for e := l.Front(); e != nil; {
		next := e.Next()
		if s, ok := e.Value.(string); ok && s == "x" {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(dump(l))
	l.Init()
	fmt.Println(dump(l))

	// heap
	h := &ints{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println((*h)[0], h.Len())
	removed := heap.Remove(h, 2)
	fmt.Println(removed != nil)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	q := pq{}
	items := map[string]*item{}
	for i, name := range []string{"low", "high", "mid", "urgent"} {
		it := &item{name: name, prio: []int{1, 5, 3, 9}[i]}
		items[name] = it
		heap.Push(&q, it)
	}
	items["low"].prio = 10
	heap.Fix(&q, items["low"].index)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Print(it.name, ":", it.prio, ";")
	}
	fmt.Println()

	// ring
	fmt.Println(ring.New(0) == nil, ring.New(0).Len())
	r := ring.New(5)
	fmt.Println(r.Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ";") })
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Prev().Value, r.Move(7).Value)
	removedRing := r.Unlink(2)
	fmt.Println(r.Len(), removedRing.Len())
	removedRing.Do(func(v any) { fmt.Print(v, ";") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, ";") })
	fmt.Println(r.Len())
	var lone ring.Ring
	fmt.Println(lone.Len(), lone.Next() == &lone, lone.Move(3) == &lone)
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
}

// Output:
// [z] rev[z] len=1
// [] rev[] len=0 true true
// [0 1 1.5 2 after2] rev[after2 2 1.5 1 0] len=5
// [2 1 1.5 after2 0] rev[0 after2 1.5 1 2] len=5
// [0 1 2 1.5 after2] rev[after2 1.5 2 1 0] len=5
// 1 [0 2 1.5 after2] rev[after2 1.5 2 0] len=4
// 1 4
// true
// [x 0 2 1.5 after2 x] rev[x after2 1.5 2 0 x] len=6
// [x 0 2 1.5 after2 x x 0 2 1.5 after2 x] rev[x after2 1.5 2 0 x x after2 1.5 2 0 x] len=12
// [0 2 1.5 after2 0 2 1.5 after2] rev[after2 1.5 2 0 after2 1.5 2 0] len=8
// [] rev[] len=0
// 0 8
// true
// [0 2 3 5 7 8 9]
// low:10;urgent:9;high:5;mid:3;
// true 0
// 5
// 0;1;4;9;16;
// 4 16 16 4
// 3 2
// 1;4;
// 0;a;b;9;16;5
// 1 true true
// 25
