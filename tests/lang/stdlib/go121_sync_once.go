//go:build go1.22

// sync.OnceFunc, OnceValue and OnceValues (Go 1.21, newer than the
// oracle's go1.19): the Output block is written by hand.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func catch(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("OnceFunc body") })
	f()
	f()
	f()
	fmt.Println("calls:", calls)

	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), "calls:", calls)

	vs := sync.OnceValues(func() (int, error) {
		calls++
		n, err := strconv.Atoi("x7")
		return n, err
	})
	n, err := vs()
	n2, err2 := vs()
	fmt.Println(n, err, n2, err2 == err, "calls:", calls)

	// a panic repeats on every call, f is called once
	tries := 0
	pf := sync.OnceFunc(func() { tries++; panic("boom") })
	catch("OnceFunc 1", pf)
	catch("OnceFunc 2", pf)
	fmt.Println("tries:", tries)

	pv := sync.OnceValue(func() string { tries++; panic(errors.New("bad value")) })
	catch("OnceValue 1", func() { fmt.Println(pv()) })
	catch("OnceValue 2", func() { fmt.Println(pv()) })
	fmt.Println("tries:", tries)

	pvs := sync.OnceValues(func() (string, int) { tries++; var m map[string]int; m["x"] = 1; return "", 0 })
	catch("OnceValues 1", func() { fmt.Println(pvs()) })
	catch("OnceValues 2", func() { fmt.Println(pvs()) })
	fmt.Println("tries:", tries)

	// concurrent first calls: f runs once, everyone sees its result
	var wg sync.WaitGroup
	runs := 0
	var mu sync.Mutex
	once := sync.OnceValue(func() []string { mu.Lock(); runs++; mu.Unlock(); return []string{"a", "b"} })
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = len(once())
		}(i)
	}
	wg.Wait()
	fmt.Println(results, "runs:", runs)
}

// Output:
// OnceFunc body
// calls: 1
// 42 42 calls: 2
// 0 strconv.Atoi: parsing "x7": invalid syntax 0 true calls: 3
// OnceFunc 1: recovered boom
// OnceFunc 2: recovered boom
// tries: 1
// OnceValue 1: recovered bad value
// OnceValue 2: recovered bad value
// tries: 2
// OnceValues 1: recovered assignment to entry in nil map
// OnceValues 2: recovered assignment to entry in nil map
// tries: 3
// [2 2 2 2 2 2 2 2] runs: 1
