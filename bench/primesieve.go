// primesieve: the concurrent prime sieve, a daisy chain of one filter
// goroutine per prime, run to the 2000th prime (every number crosses the
// filters of the primes below it: millions of channel handoffs along a
// chain of 2000 goroutines).
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
	prime := 0
	for i := 0; i < 2000; i++ {
		prime = <-ch
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("2000th prime:", prime)
}
