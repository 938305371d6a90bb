// runtime.GOMAXPROCS(n) sets the number of Ps and returns the previous
// setting; GOMAXPROCS(0) only queries. Work still completes at each
// setting.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work() int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for j := 0; j < 20000; j++ {
				s += j % (i + 1)
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return total
}

func main() {
	orig := runtime.GOMAXPROCS(0)
	fmt.Println("positive:", orig >= 1)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("prev is orig:", prev == orig, "now:", runtime.GOMAXPROCS(0))
	fmt.Println(work())
	runtime.GOMAXPROCS(1)
	fmt.Println("now:", runtime.GOMAXPROCS(0), work())
	runtime.GOMAXPROCS(5)
	fmt.Println("now:", runtime.GOMAXPROCS(0), work())
	fmt.Println("negative is a query:", runtime.GOMAXPROCS(-1))
	runtime.GOMAXPROCS(orig)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == orig)
}

// Output:
// positive: true
// prev is orig: true now: 3
// 279992
// now: 1 279992
// now: 5 279992
// negative is a query: 5
// restored: true
