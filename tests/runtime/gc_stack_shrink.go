package main

// A goroutine's stack grown by deep recursion shrinks back at later
// collections once the goroutine uses little of it.

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%8]
}

func stackInuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.StackInuse
}

func main() {
	grown := make(chan bool)
	resume := make(chan bool)
	done := make(chan int)
	go func() {
		r := deep(100000)
		grown <- true
		<-resume
		done <- r
	}()
	<-grown
	big := stackInuse()
	for i := 0; i < 12; i++ {
		runtime.GC()
	}
	small := stackInuse()
	fmt.Println("grew:", big > 4<<20)
	fmt.Println("shrank:", small < big/4)
	close(resume)
	fmt.Println(<-done)
}

// Output:
// grew: true
// shrank: true
// 5000050000
