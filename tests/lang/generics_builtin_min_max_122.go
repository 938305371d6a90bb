//go:build go1.22

package main

import "fmt"

func Clamp[T int | float64](v, lo, hi T) T { return min(max(v, lo), hi) }

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(2.5, 0, 10))
	for i := range 3 {
		fmt.Println(i)
	}
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
}

// Output:
// 10 0 2.5
// 0
// 1
// 2
// 0
