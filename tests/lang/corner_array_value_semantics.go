package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }
func modifyP(a *[3]int) { a[0] = 100 }

type S struct {
	arr [2]int
	sl  []int
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyP(&a)
	fmt.Println(a)
	s1 := S{[2]int{1, 2}, []int{1, 2}}
	s2 := s1
	s2.arr[0] = 9
	s2.sl[0] = 9
	fmt.Println(s1, s2)
	for i, v := range a {
		a[2] = 50
		fmt.Println(i, v)
	}
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, x := range arrs {
		x[0] = 0
	}
	fmt.Println(arrs)
	p := &arrs[1]
	p[1] = 40
	fmt.Println(arrs, len(p))
}

// Output:
// [1 2 3] [1 20 3]
// [100 2 3]
// {[1 2] [9 2]} {[9 2] [9 2]}
// 0 100
// 1 2
// 2 3
// [[1 2] [3 4]]
// [[1 2] [3 40]] 2
