// atomic.Pointer[T]: a generic atomic pointer (Load, Store, Swap,
// CompareAndSwap), used to publish immutable snapshots.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type snapshot struct {
	gen  int
	keys []string
}

func main() {
	var p atomic.Pointer[snapshot]
	fmt.Println("nil at first:", p.Load() == nil)
	s1 := &snapshot{1, []string{"a"}}
	p.Store(s1)
	fmt.Println(p.Load().gen, p.Load().keys)
	s2 := &snapshot{2, []string{"a", "b"}}
	fmt.Println("cas wrong:", p.CompareAndSwap(s2, s2))
	fmt.Println("cas right:", p.CompareAndSwap(s1, s2))
	old := p.Swap(&snapshot{3, nil})
	fmt.Println("old gen", old.gen, "new gen", p.Load().gen)

	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				cur := p.Load()
				next := &snapshot{cur.gen + 1, nil}
				if p.CompareAndSwap(cur, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("final gen", p.Load().gen)

	var ip atomic.Pointer[int]
	x := 42
	ip.Store(&x)
	*ip.Load() += 1
	fmt.Println(x)
}

// Output:
// nil at first: true
// 1 [a]
// cas wrong: false
// cas right: true
// old gen 2 new gen 3
// final gen 23
// 43
