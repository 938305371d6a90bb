// spawn: 1,000,000 goroutines started and joined; each sends one value on
// a buffered channel (the cost of creating, scheduling and retiring a
// goroutine).
package main

import "fmt"

const n = 1000000

func main() {
	results := make(chan int, 1024)
	go func() {
		for i := 0; i < n; i++ {
			go func(i int) { results <- i & 7 }(i)
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println("goroutines:", n, "checksum:", sum)
}
