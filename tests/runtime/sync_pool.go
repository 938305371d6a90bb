// sync.Pool: Get returns New's value when empty; Put values may come back.
package main

import (
	"fmt"
	"sync"
)

func main() {
	made := 0
	p := sync.Pool{New: func() any { made++; return new([64]byte) }}
	b := p.Get().(*[64]byte)
	b[0] = 7
	p.Put(b)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := p.Get().(*[64]byte)
			p.Put(x)
		}()
	}
	wg.Wait()
	fmt.Println("made at least one:", made >= 1)
	var q sync.Pool
	fmt.Println("no New:", q.Get())
}

// Output:
// made at least one: true
// no New: <nil>
