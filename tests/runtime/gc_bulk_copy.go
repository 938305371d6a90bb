package main

// Bulk pointer moves (copy, append of a slice, struct and array
// assignment, slices.Clone-style appends) between long-lived containers
// by 4 goroutines while the collector marks: the pointers moved are the
// only references to their objects afterwards, so a bulk move that
// skipped the write barrier would lose them.

import (
	"fmt"
	"runtime"
	"sync"
)

type obj struct {
	id  int
	tag string
}

type bag struct {
	items [8]*obj
	extra []*obj
}

func main() {
	const lanes, rounds = 4, 2000
	srcs := make([][]*obj, lanes)
	dsts := make([][]*obj, lanes)
	bags := make([]bag, lanes)
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
	for l := 0; l < lanes; l++ {
		wg.Add(1)
		go func(l int) {
			defer wg.Done()
			for round := 0; round < rounds; round++ {
				src := make([]*obj, 32)
				for i := range src {
					src[i] = &obj{id: l*1000000 + round*100 + i, tag: fmt.Sprint(i)}
				}
				srcs[l] = src
				dst := make([]*obj, 32)
				copy(dst, srcs[l])
				srcs[l] = nil
				dsts[l] = append(dsts[l][:0], dst...)
				var b bag
				copy(b.items[:], dsts[l][:8])
				b.extra = append([]*obj(nil), dsts[l][8:]...)
				bags[l] = b
				arr := bags[l].items
				bags[l].items = arr
				for i := 0; i < 20; i++ {
					_ = &obj{id: -1}
				}
			}
		}(l)
	}
	wg.Wait()
	close(stop)
	<-stopped
	runtime.GC()
	runtime.GC()
	s, bad := 0, 0
	for l := 0; l < lanes; l++ {
		for i, o := range bags[l].items {
			if o.id != l*1000000+(rounds-1)*100+i {
				bad++
			}
			s += o.id + len(o.tag)
		}
		for i, o := range bags[l].extra {
			if o.tag != fmt.Sprint(i+8) {
				bad++
			}
			s += o.id
		}
		for _, o := range dsts[l] {
			s += o.id
		}
	}
	fmt.Println("checksum", s, "bad", bad)
}

// Output:
// checksum 435178400 bad 0
