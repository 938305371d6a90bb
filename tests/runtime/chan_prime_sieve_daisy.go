// The concurrent prime sieve (a daisy chain of filter goroutines), run to
// the 300th prime.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < 300; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(primes[:10])
	fmt.Println("300th prime:", primes[299])
}

// Output:
// [2 3 5 7 11 13 17 19 23 29]
// 300th prime: 1987
