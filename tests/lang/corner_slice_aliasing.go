package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), len(b))
	d := a[:2:2]
	e := append(d, 6)
	e[0] = 99
	fmt.Println(a[0], e, cap(d))
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	t := s[1:3]
	t = append(t, 100)
	fmt.Println(s, t, len(t), cap(t))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS[:0]), append(nilS, 1))
}

// Output:
// 5 5 3 4
// 0 [99 0 6] 2
// [1 1 2 3 4]
// [1 1 2 100 4] [1 2 100] 3 4
// true 0 [1]
