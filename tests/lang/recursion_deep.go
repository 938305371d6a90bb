package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type T struct {
	a, b, c, d int
	s        string
}

func withLocals(n int, t T) int {
	if n == 0 {
		return t.a + t.b + t.c + t.d
	}
	var arr [8]int
	arr[n%8] = n
	return withLocals(n-1, T{t.a + 1, t.b, t.c, t.d + arr[n%8]%2, t.s}) 
}

func sumList(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sumList(xs[1:])
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(withLocals(200000, T{s: "x"}))
	xs := make([]int, 300000)
	for i := range xs {
		xs[i] = i % 10
	}
	fmt.Println(sumList(xs))
	var f func(int) int
	f = func(n int) int {
		if n <= 0 {
			return 0
		}
		return 1 + f(n-1)
	}
	fmt.Println(f(500000))
}

// Output:
// 1000000
// 300000
// 1350000
// 500000
