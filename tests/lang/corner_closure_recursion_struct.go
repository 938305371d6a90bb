package main

import "fmt"

type Visitor struct {
	visit func(n int) []int
}

func main() {
	memo := map[int]int{}
	var collatz func(int) int
	collatz = func(n int) int {
		if n == 1 {
			return 0
		}
		if v, ok := memo[n]; ok {
			return v
		}
		next := n / 2
		if n%2 == 1 {
			next = 3*n + 1
		}
		r := 1 + collatz(next)
		memo[n] = r
		return r
	}
	best, bestN := 0, 0
	for i := 1; i < 1000; i++ {
		if c := collatz(i); c > best {
			best, bestN = c, i
		}
	}
	fmt.Println(bestN, best)
	v := Visitor{}
	v.visit = func(n int) []int {
		if n == 0 {
			return nil
		}
		return append(v.visit(n-1), n)
	}
	fmt.Println(v.visit(5))
}

// Output:
// 871 178
// [1 2 3 4 5]
