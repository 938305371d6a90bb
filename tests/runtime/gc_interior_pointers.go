package main

// An object reachable only through an interior pointer survives: a
// pointer to a struct field, to an array element, to an element of a
// slice's backing array, a subslice starting at the end of its array, and
// a substring in the middle of a string; the rest of the object is intact.

import (
	"fmt"
	"runtime"
	"strings"
)

type rec struct {
	head  [10]int
	mid   string
	tail  *rec
	count int
}

type pointers struct {
	field  *int
	str    *string
	elem   *int
	selem  *rec
	empty  []int
	middle string
	bytes  []byte
}

func build() pointers {
	r := &rec{mid: "middle", count: 77}
	for i := range r.head {
		r.head[i] = i * i
	}
	r.tail = &rec{count: 5}
	arr := &[64]int{}
	for i := range arr {
		arr[i] = 1000 + i
	}
	sl := make([]rec, 20)
	for i := range sl {
		sl[i].count = i
		sl[i].mid = fmt.Sprint("e", i)
	}
	full := make([]int, 10, 10)
	s := strings.Repeat("abcdefghij", 1000)
	b := []byte(strings.Repeat("xyz", 3000))
	return pointers{
		field:  &r.count,
		str:    &r.mid,
		elem:   &arr[63],
		selem:  &sl[19],
		empty:  full[10:],
		middle: s[5000:5010],
		bytes:  b[4500:4503],
	}
}

func main() {
	ps := make([]pointers, 50)
	for i := range ps {
		ps[i] = build()
		for j := 0; j < 200; j++ {
			_ = make([]int, 100)
			_ = &rec{}
		}
		if i%10 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	runtime.GC()
	s := 0
	for _, p := range ps {
		s += *p.field + len(*p.str) + *p.elem + p.selem.count + len(p.selem.mid)
		s += len(p.empty) + cap(p.empty) + len(p.middle) + int(p.bytes[2])
	}
	p := ps[0]
	fmt.Println(s, *p.field, *p.str, *p.elem, p.selem.mid, p.middle, string(p.bytes))
}

// Output:
// 65000 77 middle 1063 e19 abcdefghij xyz
