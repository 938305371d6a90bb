package main

// Objects reachable only through sync/atomic holders survive:
// atomic.Pointer and atomic.Value hold configurations that 6 goroutines
// replace with Store, Swap and CompareAndSwap while others read them and
// garbage pours in; every value read is complete.

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	names   []string
	limits  map[string]int
}

func newConfig(v int) *config {
	c := &config{version: v, limits: map[string]int{}}
	for i := 0; i < 4; i++ {
		c.names = append(c.names, fmt.Sprint("n", v, "-", i))
		c.limits[fmt.Sprint("k", i)] = v * i
	}
	return c
}

func (c *config) ok() bool {
	return len(c.names) == 4 && c.names[3] == fmt.Sprint("n", c.version, "-3") &&
		c.limits["k3"] == c.version*3
}

func main() {
	var ptr atomic.Pointer[config]
	var val atomic.Value
	ptr.Store(newConfig(0))
	val.Store(newConfig(0))
	var wg sync.WaitGroup
	stop, stopped := make(chan bool), make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				stopped <- true
				return
			default:
				runtime.GC()
			}
		}
	}()
	var bad, swaps atomic.Int64
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 1; i <= 500; i++ {
				v := w*1000 + i
				switch i % 3 {
				case 0:
					ptr.Store(newConfig(v))
				case 1:
					if !ptr.Swap(newConfig(v)).ok() {
						bad.Add(1)
					}
				case 2:
					old := ptr.Load()
					if ptr.CompareAndSwap(old, newConfig(v)) {
						swaps.Add(1)
					}
				}
				val.Store(newConfig(v))
				if !ptr.Load().ok() || !val.Load().(*config).ok() {
					bad.Add(1)
				}
				_ = make([]string, 16)
			}
		}(w)
	}
	wg.Wait()
	close(stop)
	<-stopped
	runtime.GC()
	runtime.GC()
	fmt.Println("bad", bad.Load(), "final ok", ptr.Load().ok(), val.Load().(*config).ok(), "swaps>0", swaps.Load() > 0)
}

// Output:
// bad 0 final ok true true swaps>0 true
