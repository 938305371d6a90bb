// A three-stage pipeline: generate, square, sum; each stage closes its
// output when its input is drained.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range square(square(gen(20))) {
		total += v
	}
	fmt.Println("sum of fourth powers:", total)
	first := []int{}
	for v := range square(gen(5)) {
		first = append(first, v)
	}
	fmt.Println(first)
}

// Output:
// sum of fourth powers: 722666
// [1 4 9 16 25]
