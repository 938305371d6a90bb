package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	type big struct{ a, b, c int64 }
	var bs []big
	last = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, big{})
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	x := make([]int, 3, 10)
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(x, y, z, len(y), cap(y))
	w := append([]int{1, 2, 3}, 4, 5)
	fmt.Println(w, len(w), cap(w))
	m := append([]int(nil), make([]int, 7)...)
	fmt.Println(len(m), cap(m))
	strs := append([]string{}, "a", "b", "c")
	fmt.Println(strs, len(strs), cap(strs))
}

// Output:
// 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 
// 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 
// 1 2 4 8 16 32 64 128 256 512 
// [0 0 0] [0 0 0 5] [0 0 0 5] 4 10
// [1 2 3 4 5] 5 6
// 7 8
// [a b c] 3 3
