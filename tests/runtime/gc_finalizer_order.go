package main

// Finalizer rules that Go guarantees: a finalizer runs only after its
// object is unreachable; when A points to B and both have finalizers,
// only A's runs in the first cycle, B's in a later one (a chain is
// finalized head first); a finalizer removed with SetFinalizer(x, nil)
// never runs; the object is passed to its finalizer and may be stored
// again (resurrected), after which it is not finalized a second time.

import (
	"fmt"
	"runtime"
	"time"
)

type res struct {
	name string
	next *res
	data []int
}

var resurrected *res

func waitFor(ch chan string, n int) []string {
	var got []string
	for tries := 0; len(got) < n && tries < 100; {
		select {
		case s := <-ch:
			got = append(got, s)
		case <-time.After(20 * time.Millisecond):
			tries++
			runtime.GC()
		}
	}
	return got
}

func makeChain(ch chan string) {
	var next *res
	for i := 4; i >= 0; i-- {
		r := &res{name: fmt.Sprint("chain", i), next: next, data: make([]int, 100)}
		runtime.SetFinalizer(r, func(r *res) {
			ok := r.next == nil || len(r.next.data) == 100
			ch <- fmt.Sprint(r.name, " ", ok)
		})
		next = r
	}
}

func makeCancelled(ch chan string) {
	cancelled := &res{name: "cancelled"}
	runtime.SetFinalizer(cancelled, func(r *res) { ch <- "cancelled ran" })
	runtime.SetFinalizer(cancelled, nil)
}

func makePhoenix(ch chan string) {
	phoenix := &res{name: "phoenix", data: []int{1, 2, 3}}
	runtime.SetFinalizer(phoenix, func(r *res) {
		resurrected = r
		ch <- "phoenix finalized"
	})
}

func main() {
	ch := make(chan string, 16)
	makeChain(ch)
	fmt.Println(waitFor(ch, 5))

	makeCancelled(ch)
	makePhoenix(ch)
	fmt.Println(waitFor(ch, 1))
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("resurrected", resurrected.name, resurrected.data)
	resurrected = nil
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case s := <-ch:
		fmt.Println("unexpected:", s)
	default:
		fmt.Println("no more finalizers")
	}
}

// Output:
// [chain0 true chain1 true chain2 true chain3 true chain4 true]
// [phoenix finalized]
// resurrected phoenix [1 2 3]
// no more finalizers
