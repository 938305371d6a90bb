package main

// Maps whose entries are replaced and deleted many times over: the
// values still in the map stay intact while the dropped ones are
// collected.

import (
	"fmt"
	"runtime"
)

type entry struct {
	key  string
	vals []int
	next *entry
}

func main() {
	m := map[string]*entry{}
	for round := 0; round < 200; round++ {
		for i := 0; i < 500; i++ {
			k := fmt.Sprintf("k%03d", i)
			e := &entry{key: k, vals: make([]int, 10)}
			for j := range e.vals {
				e.vals[j] = round*1000 + i + j
			}
			e.next = m[k]
			if e.next != nil {
				e.next.next = nil
			}
			m[k] = e
			if (i+round)%7 == 0 {
				delete(m, k)
			}
		}
	}
	bad := 0
	for k, e := range m {
		if e.key != k || len(e.vals) != 10 {
			bad++
			continue
		}
		for j, v := range e.vals {
			if v%1000 != (v/1000*1000+j+int(k[1]-'0')*100+int(k[2]-'0')*10+int(k[3]-'0'))%1000 {
				bad++
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(len(m), "entries, bad:", bad)
	fmt.Println("collected:", ms.NumGC > 0, "bounded:", ms.HeapAlloc < 32<<20)
}

// Output:
// 429 entries, bad: 0
// collected: true bounded: true
