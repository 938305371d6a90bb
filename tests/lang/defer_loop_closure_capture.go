package main

import "fmt"

func main() {
	total := 0
	for _, v := range []int{5, 6, 7} {
		defer func(n int) {
			total += n
			fmt.Println("adding", n, "total", total)
		}(v)
	}
	total = 100
	fmt.Println("returning")
}

// Output:
// returning
// adding 7 total 107
// adding 6 total 113
// adding 5 total 118
