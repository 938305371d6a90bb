package main

import "fmt"

func main() {
	s := make([]int, 3, 8)
	fmt.Println(len(s), cap(s))
	s = append(s, 1, 2)
	fmt.Println(len(s), cap(s), s)
	m := make(map[string]int, 100)
	m["a"] = 1
	fmt.Println(len(m))
	delete(m, "a")
	fmt.Println(len(m))
	p := new(string)
	*p = "new"
	fmt.Println(*p)
	dst := make([]int, 2)
	fmt.Println(copy(dst, []int{7, 8, 9}), dst)
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr), len("héllo"))
	var pa *[4]int
	fmt.Println(len(pa), cap(pa))
	const c = len([3]int{})
	fmt.Println(c)
	ch := make([]string, 0)
	ch = append(ch, "x")
	fmt.Println(ch, len(ch))
	var ns []int
	fmt.Println(len(ns), cap(ns))
	bs := append([]byte("ab"), 'c')
	fmt.Println(string(bs), len(bs))
	mm := map[int]bool{}
	for i := 0; i < 5; i++ {
		mm[i] = i%2 == 0
	}
	for i := 0; i < 5; i++ {
		if !mm[i] {
			delete(mm, i)
		}
	}
	fmt.Println(mm)
}

// Output:
// 3 8
// 5 8 [0 0 0 1 2]
// 1
// 0
// new
// 2 [7 8]
// 5 5 6
// 4 4
// 3
// [x] 1
// 0 0
// abc 3
// map[0:true 2:true 4:true]
