package main

import "fmt"

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "key not found: " + n.Key }

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(fmt.Errorf("lookup failed: %w", NotFound{k}))
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "b"))
}

// Output:
// 1
// Panic: panic: lookup failed: key not found: b
// Exit: 2
