package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	ptrs := []*Item{{"x", 1}, {"y", 2}}
	for _, p := range ptrs {
		p.Qty += 100
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	m := map[string]Item{"k": {"k", 5}}
	it := m["k"]
	it.Qty = 6
	m["k"] = it
	fmt.Println(m)
}

// Output:
// [{a 1} {b 2}]
// [{a 10} {b 20}]
// {x 101} {y 102}
// map[k:{k 6}]
