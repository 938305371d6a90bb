// Goroutines finish their work and exit; then main blocks on a channel
// nobody else holds: a deadlock, reported only after the others are gone.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- i * i
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
	<-results
}

// Output:
// sum 285
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
