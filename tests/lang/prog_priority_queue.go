package main

import "fmt"

// A binary min-heap of tasks keyed by priority, ties broken by insertion order.

type Task struct {
	Name     string
	Priority int
	seq      int
}

type PQ struct {
	items []Task
	seq   int
}

func (q *PQ) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	return a.seq < b.seq
}

func (q *PQ) Push(name string, prio int) {
	q.seq++
	q.items = append(q.items, Task{name, prio, q.seq})
	i := len(q.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(i, parent) {
			break
		}
		q.items[i], q.items[parent] = q.items[parent], q.items[i]
		i = parent
	}
}

func (q *PQ) Pop() (Task, bool) {
	if len(q.items) == 0 {
		return Task{}, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		smallest := i
		if l < len(q.items) && q.less(l, smallest) {
			smallest = l
		}
		if r < len(q.items) && q.less(r, smallest) {
			smallest = r
		}
		if smallest == i {
			break
		}
		q.items[i], q.items[smallest] = q.items[smallest], q.items[i]
		i = smallest
	}
	return top, true
}

func (q *PQ) Len() int { return len(q.items) }

func main() {
	q := &PQ{}
	q.Push("write report", 3)
	q.Push("fix bug", 1)
	q.Push("lunch", 5)
	q.Push("review", 2)
	q.Push("deploy", 1)
	q.Push("email", 3)
	fmt.Println("tasks:", q.Len())
	for q.Len() > 0 {
		t, _ := q.Pop()
		fmt.Printf("%d %s\n", t.Priority, t.Name)
	}
	_, ok := q.Pop()
	fmt.Println(ok)
	// heap sort of pseudo-random numbers
	h := &PQ{}
	x := 12345
	for i := 0; i < 20; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		h.Push(fmt.Sprint(i), x%100)
	}
	prev := -1
	sorted := true
	var out []int
	for h.Len() > 0 {
		t, _ := h.Pop()
		if t.Priority < prev {
			sorted = false
		}
		prev = t.Priority
		out = append(out, t.Priority)
	}
	fmt.Println(sorted, out)
}

// Output:
// tasks: 6
// 1 fix bug
// 1 deploy
// 2 review
// 3 write report
// 3 email
// 5 lunch
// false
// true [6 10 24 27 28 41 44 46 59 67 71 73 75 78 80 82 85 92 93 97]
