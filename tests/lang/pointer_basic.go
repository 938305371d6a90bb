package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func incr(p *int) { *p++ }

func newInt(v int) *int {
	x := v
	return &x
}

func main() {
	x := 5
	p := &x
	*p = 10
	incr(p)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q = 3
	r := q
	*r += 1
	fmt.Println(*q)
	a, b := newInt(1), newInt(1)
	fmt.Println(a == b, *a == *b)
	var np *int
	fmt.Println(np == nil)
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 99
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	fmt.Println(arr, len(pa))
	for i, v := range pa {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 200
	fmt.Println(s)
	type T struct{ a, b int }
	t := new(T)
	t.b = 4
	fmt.Println(*t)
	ps := &T{1, 2}
	ps2 := ps
	ps2.a = 100
	fmt.Println(ps.a)
}

// Output:
// 11 11 true
// 0
// 4
// false true
// true
// 4 3 2 1 
// 99
// [1 20 3] 3
// 0:1 1:20 2:3 
// [1 200 3]
// {0 4}
// 100
