// parallel: integer work split over 64 goroutines (Collatz sequence
// lengths), for measuring how golem scales with GOMAXPROCS. Each goroutine
// sends its partial sum on a channel; main adds them up.
package main

import "fmt"

const workers = 64
const limit = 1200000

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	results := make(chan int, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			sum := 0
			for n := 1 + w; n < limit; n += workers {
				sum += collatzSteps(n)
			}
			results <- sum
		}(w)
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-results
	}
	fmt.Println("collatz steps below", limit, "=", total)
}
