// 100,000 goroutines, all alive at once, each sending its number.
package main

import "fmt"

func main() {
	const n = 100000
	res := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { res <- i }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-res
	}
	fmt.Println(sum)
}

// Output:
// 4999950000
