package main

// Finalizers run (on another goroutine) once their objects are
// unreachable, and not while they are reachable.

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type resource struct {
	id   int
	data *[4]int
}

var done = make(chan int, 16)

func makeGarbage() {
	for i := 0; i < 5; i++ {
		r := &resource{id: i, data: new([4]int)}
		r.data[0] = i * 10
		runtime.SetFinalizer(r, func(r *resource) { done <- r.id*100 + r.data[0] })
	}
}

func main() {
	kept := &resource{id: 99, data: new([4]int)}
	runtime.SetFinalizer(kept, func(r *resource) { done <- -1 })
	finished := make(chan bool)
	go func() {
		makeGarbage()
		finished <- true
	}()
	<-finished
	runtime.GC()
	var got []int
	for tries := 0; len(got) < 5; {
		select {
		case v := <-done:
			got = append(got, v)
		case <-time.After(100 * time.Millisecond):
			if tries++; tries > 50 {
				fmt.Println("timeout, got", got)
				return
			}
			runtime.GC()
		}
	}
	sort.Ints(got)
	fmt.Println("finalized:", got)
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	select {
	case v := <-done:
		fmt.Println("unexpected finalizer", v)
	default:
		fmt.Println("live object not finalized")
	}
	runtime.KeepAlive(kept)
	runtime.SetFinalizer(kept, nil)
	fmt.Println(kept.id)
}

// Output:
// finalized: [0 110 220 330 440]
// live object not finalized
// 99
