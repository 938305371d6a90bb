package main

// Eight goroutines mutate a shared structure (moving pointers between
// its slots, replacing subtrees) while garbage pours in; every object
// still linked must be intact at the end.

import (
	"fmt"
	"sync"
)

type item struct {
	id    int
	tag   string
	child *item
	data  []int
}

func newItem(id int) *item {
	it := &item{id: id, tag: fmt.Sprint("item", id), data: make([]int, 8)}
	for i := range it.data {
		it.data[i] = id + i
	}
	it.child = &item{id: -id, tag: "child", data: []int{id}}
	return it
}

func (it *item) ok() bool {
	if it.tag != fmt.Sprint("item", it.id) || len(it.data) != 8 {
		return false
	}
	for i, v := range it.data {
		if v != it.id+i {
			return false
		}
	}
	return it.child != nil && it.child.id == -it.id && it.child.data[0] == it.id
}

func main() {
	const slots = 64
	var mu sync.Mutex
	shared := make([]*item, slots)
	index := map[int]*item{}
	for i := range shared {
		shared[i] = newItem(i)
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := 0; n < 3000; n++ {
				garbage := make([]*item, 4)
				for k := range garbage {
					garbage[k] = &item{id: n, data: make([]int, 16)}
				}
				id := 1000*(w+1) + n
				fresh := newItem(id)
				mu.Lock()
				a, b := (n*7+w)%slots, (n*13+w*5)%slots
				shared[a], shared[b] = shared[b], shared[a]
				if n%5 == 0 {
					shared[a] = fresh
				}
				if n%11 == 0 {
					index[id%97] = fresh
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	bad := 0
	for _, it := range shared {
		if !it.ok() {
			bad++
		}
	}
	for _, it := range index {
		if !it.ok() {
			bad++
		}
	}
	fmt.Println("slots", len(shared), "index", len(index), "bad", bad)
}

// Output:
// slots 64 index 97 bad 0
