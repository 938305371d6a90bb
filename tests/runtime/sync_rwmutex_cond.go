// RWMutex readers and writers, and a Cond-based queue.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *store) get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *store) put(k, v int) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func (q *queue) push(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) pop() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.mu.Unlock()
	return v
}

func main() {
	s := &store{m: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.put(w*100+i, i)
			}
		}(w)
	}
	found := make(chan int, 8)
	for r := 0; r < 8; r++ {
		go func() {
			n := 0
			for i := 0; i < 400; i++ {
				if _, ok := s.get(i); ok {
					n++
				}
			}
			found <- n
		}()
	}
	for r := 0; r < 8; r++ {
		<-found
	}
	wg.Wait()
	fmt.Println(len(s.m))

	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	total := make(chan int)
	for c := 0; c < 3; c++ {
		go func() {
			sum := 0
			for {
				v := q.pop()
				if v < 0 {
					total <- sum
					return
				}
				sum += v
			}
		}()
	}
	for i := 1; i <= 300; i++ {
		q.push(i)
	}
	for c := 0; c < 3; c++ {
		q.push(-1)
	}
	grand := 0
	for c := 0; c < 3; c++ {
		grand += <-total
	}
	fmt.Println(grand)
}

// Output:
// 400
// 45150
