// Function literals are named after their enclosing function
// (main.main.func1, main.apply.func1); a closure passed to another
// function is not inlined, a small one called where it is declared is.
package main

import "fmt"

//go:noinline
func apply(xs []int, f func(int) int) int {
	total := 0
	for _, x := range xs {
		total += f(x)
	}
	return total
}

func main() {
	limit := 3
	check := func(x int) {
		if x > limit {
			panic(fmt.Sprintf("%d is over the limit", x))
		}
	}
	sum := apply([]int{1, 2, 3, 4}, func(x int) int {
		check(x)
		return x * 2
	})
	fmt.Println(sum)
}
