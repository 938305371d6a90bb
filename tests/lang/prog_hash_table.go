package main

import "fmt"

// An open-addressing hash table with linear probing and tombstones.

type slot struct {
	key   string
	val   int
	state uint8 // 0 empty, 1 full, 2 deleted
}

type Table struct {
	slots []slot
	count int
	used  int // full + deleted
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (t *Table) find(key string) (int, bool) {
	mask := uint32(len(t.slots) - 1)
	i := fnv(key) & mask
	tomb := -1
	for {
		s := &t.slots[i]
		switch s.state {
		case 0:
			if tomb >= 0 {
				return tomb, false
			}
			return int(i), false
		case 1:
			if s.key == key {
				return int(i), true
			}
		case 2:
			if tomb < 0 {
				tomb = int(i)
			}
		}
		i = (i + 1) & mask
	}
}

func (t *Table) grow() {
	old := t.slots
	n := 8
	if len(old) > 0 {
		n = len(old) * 2
	}
	t.slots = make([]slot, n)
	t.count, t.used = 0, 0
	for _, s := range old {
		if s.state == 1 {
			t.Put(s.key, s.val)
		}
	}
}

func (t *Table) Put(key string, val int) {
	if (t.used+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	i, found := t.find(key)
	if found {
		t.slots[i].val = val
		return
	}
	if t.slots[i].state == 0 {
		t.used++
	}
	t.slots[i] = slot{key, val, 1}
	t.count++
}

func (t *Table) Get(key string) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	i, found := t.find(key)
	if !found {
		return 0, false
	}
	return t.slots[i].val, true
}

func (t *Table) Delete(key string) bool {
	if len(t.slots) == 0 {
		return false
	}
	i, found := t.find(key)
	if found {
		t.slots[i].state = 2
		t.slots[i].key = ""
		t.count--
	}
	return found
}

func main() {
	var t Table
	for i := 0; i < 1000; i++ {
		t.Put(fmt.Sprintf("key%d", i), i*i)
	}
	fmt.Println(t.count, len(t.slots))
	v, ok := t.Get("key512")
	fmt.Println(v, ok)
	_, ok = t.Get("nope")
	fmt.Println(ok)
	deleted := 0
	for i := 0; i < 1000; i += 3 {
		if t.Delete(fmt.Sprintf("key%d", i)) {
			deleted++
		}
	}
	fmt.Println(deleted, t.count, t.Delete("key0"))
	sum := 0
	for i := 0; i < 1000; i++ {
		if v, ok := t.Get(fmt.Sprintf("key%d", i)); ok {
			sum += v
		}
	}
	fmt.Println(sum)
	t.Put("key3", -1)
	t.Put("key4", -2)
	a, _ := t.Get("key3")
	b, _ := t.Get("key4")
	fmt.Println(a, b, t.count)
	fmt.Println(fnv(""), fnv("a"), fnv("golem"))
}

// Output:
// 1000 2048
// 262144 true
// false
// 334 666 false
// 221555889
// -1 -2 667
// 2166136261 3826002220 4293102999
