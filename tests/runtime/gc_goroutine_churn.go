package main

// Thousands of short-lived goroutines each build a small structure and
// return it through a channel; their stacks become garbage when they
// exit; the results (reachable only from the channel and then from the
// collecting slice) survive, as do values that exited goroutines left in
// a shared map.

import (
	"fmt"
	"runtime"
	"sync"
)

type result struct {
	id    int
	parts []string
	sub   *result
}

func main() {
	out := make(chan *result, 64)
	var mu sync.Mutex
	shared := map[int]*result{}
	var wg sync.WaitGroup
	collected := make(chan []*result)
	go func() {
		var all []*result
		for r := range out {
			all = append(all, r)
		}
		collected <- all
	}()
	for batch := 0; batch < 10; batch++ {
		for i := 0; i < 200; i++ {
			wg.Add(1)
			go func(id int) {
				defer wg.Done()
				r := &result{id: id, sub: &result{id: -id}}
				for j := 0; j < id%5+1; j++ {
					r.parts = append(r.parts, fmt.Sprint(id, ".", j))
				}
				if id%10 == 0 {
					mu.Lock()
					shared[id] = &result{id: id * 2, parts: []string{"shared"}}
					mu.Unlock()
				}
				out <- r
			}(batch*200 + i)
		}
		runtime.GC()
	}
	wg.Wait()
	close(out)
	all := <-collected
	runtime.GC()
	s := 0
	for _, r := range all {
		s += r.id - r.sub.id + len(r.parts) + len(r.parts[len(r.parts)-1])
	}
	t := 0
	for k, r := range shared {
		t += k + r.id + len(r.parts[0])
	}
	fmt.Println(len(all), s, len(shared), t, runtime.NumGoroutine())
}

// Output:
// 2000 4014890 200 598200 1
