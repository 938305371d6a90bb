// A three-stage pipeline: generate -> square -> sum, each stage a
// goroutine connected by unbuffered channels, closed in turn.
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
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(gen(1000)) {
		sum += v
	}
	fmt.Println(sum)
	// fan-out, fan-in through a buffered channel
	in := gen(200)
	out := make(chan int, 10)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			for v := range in {
				out <- v
			}
			done <- true
		}()
	}
	go func() {
		for w := 0; w < 4; w++ {
			<-done
		}
		close(out)
	}()
	total, count := 0, 0
	for v := range out {
		total += v
		count++
	}
	fmt.Println(count, total)
}

// Output:
// 333833500
// 200 20100
