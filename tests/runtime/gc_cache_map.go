package main

// A hand-written cache (map from key to entry, plus an eviction list) in
// the role that sync.Pool-style caches play: entries are evicted and
// become garbage while hits keep returning intact values; the cache is
// shared by 4 goroutines under a mutex.

import (
	"fmt"
	"runtime"
	"sync"
)

type entry struct {
	key        int
	value      []byte
	prev, next *entry
}

type cache struct {
	mu         sync.Mutex
	cap        int
	items      map[int]*entry
	head, tail *entry
	hits, miss int
}

func newCache(n int) *cache {
	return &cache{cap: n, items: map[int]*entry{}}
}

func (c *cache) unlink(e *entry) {
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

func (c *cache) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func valueFor(k int) []byte {
	v := make([]byte, 16+k%48)
	for i := range v {
		v[i] = byte(k + i)
	}
	return v
}

func (c *cache) get(k int) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.hits++
		c.unlink(e)
		c.pushFront(e)
		return e.value
	}
	c.miss++
	e := &entry{key: k, value: valueFor(k)}
	c.items[k] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
	}
	return e.value
}

func verify(k int, v []byte) bool {
	w := valueFor(k)
	if len(v) != len(w) {
		return false
	}
	for i := range v {
		if v[i] != w[i] {
			return false
		}
	}
	return true
}

func main() {
	c := newCache(64)
	var wg sync.WaitGroup
	bad := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			x := uint32(w*7919 + 1)
			for i := 0; i < 5000; i++ {
				x = x*1103515245 + 12345
				k := int(x>>16) % 200
				if !verify(k, c.get(k)) {
					bad[w]++
				}
				if i%1000 == 0 {
					runtime.GC()
				}
			}
		}(w)
	}
	wg.Wait()
	runtime.GC()
	n := 0
	for e := c.head; e != nil; e = e.next {
		if !verify(e.key, e.value) || c.items[e.key] != e {
			bad[0]++
		}
		n++
	}
	fmt.Println("entries", len(c.items), n, "lookups", c.hits+c.miss, "bad", bad)
}

// Output:
// entries 64 64 lookups 20000 bad [0 0 0 0]
