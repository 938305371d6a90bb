package main

import "fmt"

func compute(xs []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = -1, false
		}
	}()
	return xs[i] * 2, true
}

func main() {
	xs := []int{5, 6}
	fmt.Println(compute(xs, 1))
	fmt.Println(compute(xs, 2))
	fmt.Println(compute(nil, 0))
}

// Output:
// 12 true
// -1 false
// -1 false
