package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var n *Node
	if n != nil && n.Val > 0 {
		fmt.Println("unreachable")
	}
	if n == nil || n.Val > 0 {
		fmt.Println("nil-safe")
	}
	calls := 0
	check := func(v bool) bool { calls++; return v }
	r := check(false) && check(true) && check(true)
	fmt.Println(r, calls)
	calls = 0
	r = check(true) || check(false)
	fmt.Println(r, calls)
	calls = 0
	r = (check(false) || check(true)) && (check(true) || check(false))
	fmt.Println(r, calls)
	s := []int{1, 2, 3}
	i := 5
	if i < len(s) && s[i] == 0 {
		fmt.Println("bad")
	}
	ok := len(s) > 2 && s[2] == 3
	fmt.Println(ok, !ok, !!ok)
	a, b := true, false
	fmt.Println(a && b, a || b, a != b, a == !b)
	var m map[string]bool
	fmt.Println(m == nil || m["x"])
}

// Output:
// nil-safe
// false 1
// true 1
// true 3
// true false true
// false true true true
// true
