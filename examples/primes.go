// primes.go - prints the primes below a limit with a sieve of Eratosthenes.
//
//	golem run examples/primes.go [LIMIT]   (default 100)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func sieve(limit int) []int {
	composite := make([]bool, limit)
	var primes []int
	for n := 2; n < limit; n++ {
		if composite[n] {
			continue
		}
		primes = append(primes, n)
		for m := n * n; m < limit; m += n {
			composite[m] = true
		}
	}
	return primes
}

func main() {
	limit := 100
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil || n < 2 {
			fmt.Fprintf(os.Stderr, "usage: primes [LIMIT >= 2], got %q\n", os.Args[1])
			os.Exit(2)
		}
		limit = n
	}
	primes := sieve(limit)
	fmt.Printf("%d primes below %d\n", len(primes), limit)
	const perLine = 10
	for i := 0; i < len(primes) && i < 200; i += perLine {
		end := i + perLine
		if end > len(primes) {
			end = len(primes)
		}
		cells := make([]string, 0, perLine)
		for _, p := range primes[i:end] {
			cells = append(cells, fmt.Sprintf("%6d", p))
		}
		fmt.Println(strings.Join(cells, ""))
	}
	if len(primes) > 200 {
		fmt.Printf("... largest: %d\n", primes[len(primes)-1])
	}
}
