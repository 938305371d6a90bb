// select chooses uniformly among ready cases: with two always-ready
// channels, each case wins a fair share of 10,000 selects (the margin is
// huge so the test cannot flake).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 10000; i++ {
		a <- 1
		b <- 1
		c <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
			<-c
		case <-b:
			counts["b"]++
			<-a
			<-c
		case <-c:
			counts["c"]++
			<-a
			<-b
		}
	}
	fair := true
	for _, k := range []string{"a", "b", "c"} {
		if counts[k] < 2000 || counts[k] > 4700 {
			fair = false
		}
	}
	fmt.Println("total", counts["a"]+counts["b"]+counts["c"], "fair:", fair)

	// With one ready send and one ready receive.
	s := make(chan int, 1)
	r := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 4000; i++ {
		r <- 1
		select {
		case s <- 1:
			sends++
			<-s
			<-r
		case <-r:
			recvs++
		}
	}
	fmt.Println("both chosen often:", sends > 1000 && recvs > 1000)
}

// Output:
// total 10000 fair: true
// both chosen often: true
