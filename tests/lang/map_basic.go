package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["zzz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "missing")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	fmt.Println(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	nested["y"] = append(nested["y"], 3)
	fmt.Println(nested)
	mm := map[int]map[int]bool{}
	if mm[1] == nil {
		mm[1] = map[int]bool{}
	}
	mm[1][2] = true
	fmt.Println(mm)
	total := 0
	for _, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		total += v
	}
	fmt.Println(total)
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[9999], big[9998])
}

// Output:
// 3 11 0
// 2 true
// 0 false
// false 2
// map[a:11 c:3]
// a 11
// c 3
// false 0 true
// map[105:4 109:1 112:2 115:4]
// map[x:[1 2] y:[3]]
// map[1:map[2:true]]
// 60
// 5000 99980001 0
