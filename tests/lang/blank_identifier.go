package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

// compile-time interface check
var _ Shape = (*Sq)(nil)

type Row struct {
	ID int
	_  int
	V  string
}

func three() (int, string, bool) { return 1, "two", true }

func ignoreParams(_ int, s string, _ ...bool) string { return s }

func main() {
	_, s, _ := three()
	fmt.Println(s)
	for _, c := range "ab" {
		fmt.Print(string(c))
	}
	fmt.Println()
	var _ = 42
	_ = fmt.Sprint("discarded")
	r := Row{ID: 1, V: "v"}
	fmt.Println(r.ID, r.V)
	fmt.Println(ignoreParams(1, "kept", true, false))
	m := map[string]int{"a": 1}
	if _, ok := m["a"]; ok {
		fmt.Println("has a")
	}
	var count int
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
	_, _ = 1, 2
}

// Output:
// two
// ab
// 1 v
// kept
// has a
// 5
