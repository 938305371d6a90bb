// atomic.Value: Load before Store is nil; Store/Load/Swap/CompareAndSwap;
// concurrent readers always see a complete value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config))
	old := v.Swap(config{"b", 2})
	fmt.Println("swapped out", old.(config).name, "now", v.Load().(config).name)
	fmt.Println("cas wrong old:", v.CompareAndSwap(config{"x", 0}, config{"c", 3}))
	fmt.Println("cas right old:", v.CompareAndSwap(config{"b", 2}, config{"c", 3}))
	fmt.Println(v.Load().(config).version)

	var wg sync.WaitGroup
	var torn int32
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c := v.Load().(config)
				if c.name != fmt.Sprint("n", c.version) && c.name != "c" {
					atomic.AddInt32(&torn, 1)
				}
			}
		}()
	}
	for i := 0; i < 200; i++ {
		v.Store(config{fmt.Sprint("n", i), i})
	}
	wg.Wait()
	fmt.Println("torn reads:", torn, "last:", v.Load().(config).version)

	var w atomic.Value
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w.Store(nil)
	}()
	w.Store(1)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w.Store("one")
	}()
	fmt.Println(w.Load())
}

// Output:
// empty: <nil>
// {a 1}
// swapped out a now b
// cas wrong old: false
// cas right old: true
// 3
// torn reads: 0 last: 199
// recovered: sync/atomic: store of nil value into Value
// recovered: sync/atomic: store of inconsistently typed value into Value
// 1
