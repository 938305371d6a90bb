package main

import "fmt"

type Node struct {
	V    int
	Kids []*Node
}

func newInt(v int) *int { return &v }

func main() {
	p := newInt(3)
	q := newInt(3)
	fmt.Println(*p == *q, p == q)
	r := p
	*r = 7
	fmt.Println(*p)
	pp := &p
	**pp = 9
	fmt.Println(*p)
	root := &Node{V: 1}
	for i := 2; i <= 4; i++ {
		root.Kids = append(root.Kids, &Node{V: i})
	}
	for _, k := range root.Kids {
		k.V *= 10
	}
	sum := 0
	for _, k := range root.Kids {
		sum += k.V
	}
	fmt.Println(sum)
	arr := [3]int{1, 2, 3}
	ap := &arr
	for i := range ap {
		ap[i] *= 2
	}
	fmt.Println(arr, len(ap))
	s := struct{ a, b int }{1, 2}
	sp := &s.b
	*sp = 20
	fmt.Println(s)
}

// Output:
// true false
// 7
// 9
// 90
// [2 4 6] 3
// {1 20}
