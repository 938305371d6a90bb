// sync.Once runs its function exactly once however many goroutines call
// Do; Do returns only after the function has finished; a panicking
// function still counts as done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	value := ""
	var wg sync.WaitGroup
	seen := make([]string, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() {
				calls++
				value = "initialised"
			})
			seen[i] = value
		}(i)
	}
	wg.Wait()
	ok := true
	for _, s := range seen {
		if s != "initialised" {
			ok = false
		}
	}
	fmt.Println("calls", calls, "all saw value:", ok)

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}

// Output:
// calls 1 all saw value: true
// recovered: init failed
// second Do ran: false
