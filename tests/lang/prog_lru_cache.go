package main

import "fmt"

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*entry)}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return ""
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		evicted = old.key
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
	return evicted
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if ev := c.Put(k, i); ev != "" {
			fmt.Println("evicted", ev)
		}
		fmt.Println(k, c.Keys())
	}
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Println("get", k, v, ok)
	}
	fmt.Println(c.Keys(), c.hits, c.miss)
	big := NewLRU(100)
	for i := 0; i < 1000; i++ {
		big.Put(fmt.Sprint(i%150), i)
		big.Get(fmt.Sprint(i % 7))
	}
	fmt.Println(len(big.items), big.hits, big.miss, big.Keys()[:5])
}

// Output:
// a [a]
// b [b a]
// c [c b a]
// a [a c b]
// evicted b
// d [d a c]
// evicted c
// b [b d a]
// evicted a
// e [e b d]
// get a 0 false
// get b 5 true
// get c 0 false
// get d 4 true
// get e 6 true
// [e d b] 3 2
// 100 1000 0 [5 99 4 98 3]
