package main

import "fmt"

func main() {
	sum := 0
	func() {
		for i := 1; i <= 100; i++ {
			defer func(v int) { sum += v }(i)
		}
	}()
	fmt.Println(sum)
	order := []int{}
	func() {
		for i := 0; i < 5; i++ {
			j := i
			defer func() { order = append(order, j) }()
		}
	}()
	fmt.Println(order)
}

// Output:
// 5050
// [4 3 2 1 0]
