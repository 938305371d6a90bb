package main

import "fmt"

func main() {
	var nilArr *[3]int
	n := 0
	for i := range nilArr { // only the length is needed: no dereference
		n += i
	}
	fmt.Println(n, len(nilArr))
	var nilSlice []string
	for range nilSlice {
		fmt.Println("never")
	}
	var nilMap map[string]int
	for k := range nilMap {
		fmt.Println("never", k)
	}
	for i, c := range "" {
		fmt.Println("never", i, c)
	}
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("range expr evaluated", calls, "time")
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i) // does not change the iteration count
	}
	fmt.Println(s)
	m := map[int]bool{1: true}
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
	arr := [3]string{"a", "b", "c"}
	for i, v := range &arr { // pointer to array: no copy
		if i == 0 {
			arr[2] = "C"
		}
		fmt.Print(v)
	}
	fmt.Println()
	var last int
	for last = range [5]struct{}{} {
	}
	fmt.Println(last)
	var x, y int
	for x, y = range []int{10, 20} {
	}
	fmt.Println(x, y)
	type pair struct{ k, v string }
	ps := []pair{{"a", "1"}, {"b", "2"}}
	for _, p := range ps {
		p.v = "changed" // a copy
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].v = "changed"
	}
	fmt.Println(ps)
}

// Output:
// 3 3
// range expr evaluated 1 time
// [1 2 3 0 1 2]
// 1 0
// abC
// 4
// 1 20
// [{a 1} {b 2}]
// [{a changed} {b changed}]
