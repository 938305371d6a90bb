package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src, src[2:])
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 5)
	n = copy(bs, "hi there")
	fmt.Println(n, string(bs))

	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	b := a[2:4]
	fmt.Println(b, len(b), cap(b))
	c := a[2:4:5]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 100)
	fmt.Println(a)
	c = append(c, 200)
	c[0] = -1
	fmt.Println(a, c)
	b = append(b, 42)
	fmt.Println(a)
	d := b[:cap(b)]
	fmt.Println(d)
	e := a[:0]
	fmt.Println(len(e), cap(e))
	arr := [5]string{"a", "b", "c", "d", "e"}
	sl := arr[1:3:4]
	fmt.Println(sl, len(sl), cap(sl))
	sl[0] = "B"
	fmt.Println(arr)
	full := a[:]
	full[7] = 77
	fmt.Println(a[len(a)-1])
}

// Output:
// 3 [1 2 3]
// 3 [3 4 5 4 5]
// 4 [1 1 2 3 4]
// 5 hi th
// [2 3] 2 6
// [2 3] 2 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [-1 3 100 200]
// [0 1 2 3 42 5 6 7]
// [2 3 42 5 6 7]
// 0 8
// [b c] 2 3
// [a B c d e]
// 77
