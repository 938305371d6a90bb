package main

// Maps that grow from empty to tens of thousands of entries while cycles
// run (their tables rebuilt during marking), with string keys built at
// run time and pointer values, then shrink by deletion and are refilled:
// every surviving entry is found by its key with its value intact.

import (
	"fmt"
	"runtime"
	"strconv"
)

type val struct {
	k string
	n int
}

func main() {
	m := map[string]*val{}
	for i := 0; i < 30000; i++ {
		k := "key" + strconv.Itoa(i*7)
		m[k] = &val{k: k, n: i}
		if i%5000 == 0 {
			runtime.GC()
		}
	}
	for i := 0; i < 30000; i += 2 {
		delete(m, "key"+strconv.Itoa(i*7))
	}
	runtime.GC()
	for i := 30000; i < 40000; i++ {
		k := "key" + strconv.Itoa(i*7)
		m[k] = &val{k: k, n: i}
	}
	runtime.GC()
	bad, s := 0, 0
	for k, v := range m {
		if v.k != k {
			bad++
		}
		s += v.n
	}
	for i := 1; i < 30000; i += 2 {
		v, ok := m["key"+strconv.Itoa(i*7)]
		if !ok || v.n != i {
			bad++
		}
	}
	fmt.Println(len(m), s, "bad", bad)
}

// Output:
// 25000 574995000 bad 0
