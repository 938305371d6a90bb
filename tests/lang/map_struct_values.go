package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Total float64
	Names []string
}

func main() {
	byDept := map[string]Stats{}
	rows := []struct {
		dept, name string
		pay        float64
	}{
		{"eng", "ann", 120}, {"ops", "bob", 80}, {"eng", "cy", 110}, {"hr", "di", 70}, {"ops", "ed", 90},
	}
	for _, r := range rows {
		s := byDept[r.dept] // a copy
		s.Count++
		s.Total += r.pay
		s.Names = append(s.Names, r.name)
		byDept[r.dept] = s // written back
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		s := byDept[d]
		fmt.Printf("%-4s n=%d avg=%.1f %v\n", d, s.Count, s.Total/float64(s.Count), s.Names)
	}
	ptrs := map[string]*Stats{}
	for _, r := range rows {
		if ptrs[r.dept] == nil {
			ptrs[r.dept] = &Stats{}
		}
		ptrs[r.dept].Count++
	}
	fmt.Println(ptrs["eng"].Count, ptrs["ops"].Count, ptrs["hr"].Count)
	fmt.Println(byDept)
	counts := map[[2]string]int{}
	counts[[2]string{"a", "b"}]++
	counts[[2]string{"a", "b"}]++
	fmt.Println(counts)
	sets := map[string]map[string]bool{}
	add := func(k, v string) {
		if sets[k] == nil {
			sets[k] = map[string]bool{}
		}
		sets[k][v] = true
	}
	add("x", "1")
	add("x", "2")
	add("y", "1")
	add("x", "1")
	fmt.Println(len(sets["x"]), len(sets["y"]), sets)
	// deleting during range is allowed
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
}

// Output:
// eng  n=2 avg=115.0 [ann cy]
// hr   n=1 avg=70.0 [di]
// ops  n=2 avg=85.0 [bob ed]
// 2 2 1
// map[eng:{2 230 [ann cy]} hr:{1 70 [di]} ops:{2 170 [bob ed]}]
// map[[a b]:2]
// 2 1 map[x:map[1:true 2:true] y:map[1:true]]
// 34
