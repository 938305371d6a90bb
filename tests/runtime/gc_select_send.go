package main

// A value offered by a blocked select's send case is reachable only from
// the sender's parked frame (and the channel's wait queue) until a
// receiver takes it; it survives collections meanwhile. Unbuffered sends
// to receivers already waiting (the direct hand-off) carry pointers too.

import (
	"fmt"
	"runtime"
	"sync"
)

type parcel struct {
	id   int
	body []int
	note *string
}

func newParcel(i int) *parcel {
	note := fmt.Sprint("note", i)
	p := &parcel{id: i, note: &note}
	for j := 0; j < i%9+1; j++ {
		p.body = append(p.body, i*j)
	}
	return p
}

func (p *parcel) sum() int {
	s := p.id + len(*p.note)
	for _, v := range p.body {
		s += v
	}
	return s
}

func churn() {
	var junk []*parcel
	for i := 0; i < 3000; i++ {
		junk = append(junk, &parcel{id: i, body: make([]int, 3)})
		if len(junk) > 30 {
			junk = nil
		}
	}
	runtime.GC()
}

func main() {
	const n = 20
	a := make(chan *parcel)
	b := make(chan parcel)
	c := make(chan []*parcel)
	var ready sync.WaitGroup
	for i := 0; i < n; i++ {
		ready.Add(1)
		go func(i int) {
			pa, pb := newParcel(i), *newParcel(i + 100)
			pc := []*parcel{newParcel(i + 200), newParcel(i + 300)}
			ca, cb, cc := a, b, c
			ready.Done()
			sent := 0
			for sent < 3 {
				select {
				case ca <- pa:
					pa = nil
					ca = nil
				case cb <- pb:
					cb = nil
				case cc <- pc:
					cc = nil
				}
				sent++
			}
		}(i)
	}
	ready.Wait()
	churn()
	churn()
	total := 0
	for i := 0; i < n; i++ {
		total += (<-a).sum()
		pb := <-b
		total += pb.sum()
		for _, p := range <-c {
			total += p.sum()
		}
		if i%5 == 0 {
			churn()
		}
	}
	fmt.Println("sent", total)

	handoff := make(chan *parcel)
	done := make(chan int)
	go func() {
		s := 0
		for p := range handoff {
			runtime.GC()
			s += p.sum()
		}
		done <- s
	}()
	for i := 0; i < 50; i++ {
		handoff <- newParcel(i)
	}
	close(handoff)
	fmt.Println("handoff", <-done)
}

// Output:
// sent 173820
// handoff 17030
