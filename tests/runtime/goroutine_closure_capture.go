// go statements with closures (capturing per-iteration copies and shared
// variables), method values, interface methods and natives.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type acc struct {
	mu  sync.Mutex
	sum int
}

func (a *acc) add(n int, wg *sync.WaitGroup) {
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
	wg.Done()
}

type adder interface{ add(int, *sync.WaitGroup) }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 0; i < 5; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	a := &acc{}
	wg.Add(3)
	go a.add(1, &wg)
	f := a.add
	go f(10, &wg)
	var ad adder = a
	go ad.add(100, &wg)
	wg.Wait()
	fmt.Println(a.sum)

	done := make(chan bool)
	go fmt.Sprint("a native as a goroutine body")
	go func(s string, n int) {
		fmt.Println(s, n)
		done <- true
	}("args evaluated at the go statement", len(got))
	<-done
}

// Output:
// [0 1 2 3 4]
// 111
// args evaluated at the go statement 5
