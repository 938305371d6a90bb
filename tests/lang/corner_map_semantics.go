package main

import (
	"fmt"
	"sort"
)

type Stats struct{ hits int }

func main() {
	m := map[string]*Stats{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		if m[w] == nil {
			m[w] = &Stats{}
		}
		m[w].hits++
	}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k].hits)
	}
	vm := map[string]Stats{"x": {1}}
	s := vm["x"]
	s.hits = 50
	fmt.Println(vm["x"].hits)
	delete(vm, "missing")
	delete(vm, "x")
	fmt.Println(len(vm))
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	fmt.Println(nested)
	v, ok := nested["zz"]["q"]
	fmt.Println(v, ok)
	mm := map[float64]string{0.1 + 0.2: "sum"}
	fmt.Println(len(mm))
}

// Output:
// a 3
// b 1
// c 1
// 1
// 0
// map[a:map[b:1]]
// 0 false
// 1
