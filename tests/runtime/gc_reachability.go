package main

// Objects reachable only through one kind of container each survive
// collections while garbage of the same sizes is allocated and
// overwritten around them.

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

type payload struct {
	name string
	vals []int
	next *payload
}

func newPayload(name string, n int) *payload {
	p := &payload{name: strings.Repeat(name, 2)}
	for i := 0; i < n; i++ {
		p.vals = append(p.vals, i*i)
	}
	return p
}

func (p *payload) check() string {
	if p == nil {
		return "nil"
	}
	sum := 0
	for _, v := range p.vals {
		sum += v
	}
	return fmt.Sprintf("%s/%d/%d", p.name, len(p.vals), sum)
}

type holder struct {
	a, b int
	p    *payload
}

type describer interface{ check() string }

var global *payload

func capture(p *payload) func() string {
	return func() string { return p.check() }
}

func churn() {
	for r := 0; r < 3; r++ {
		junk := make([]*payload, 0)
		for i := 0; i < 3000; i++ {
			junk = append(junk, &payload{name: "junkjunk", vals: []int{-1, -2, -3, -4}})
		}
		_ = junk
		runtime.GC()
	}
}

func main() {
	sl := []*payload{newPayload("slice", 10)}
	mk := map[*payload]int{newPayload("mapkey", 11): 1}
	mv := map[int]*payload{1: newPayload("mapval", 12)}
	ch := make(chan *payload, 2)
	ch <- newPayload("chan", 13)
	var ifc describer = newPayload("iface", 14)
	var eface any = newPayload("eface", 15)
	fn := capture(newPayload("closure", 16))
	st := holder{1, 2, newPayload("struct", 17)}
	arr := [2]*payload{nil, newPayload("array", 18)}
	global = newPayload("global", 19)
	chain := newPayload("chain0", 2)
	chain.next = newPayload("chain1", 3)
	chain.next.next = newPayload("chain2", 4)

	parked := make(chan string)
	release := make(chan bool)
	go func() {
		p := newPayload("parked", 20)
		<-release
		parked <- p.check()
	}()

	timerOut := make(chan string, 1)
	tfn := capture(newPayload("timer", 21))
	time.AfterFunc(50*time.Millisecond, func() { timerOut <- tfn() })

	unbuffered := make(chan *payload)
	go func() { unbuffered <- newPayload("handoff", 22) }()
	time.Sleep(10 * time.Millisecond)

	churn()

	for k := range mk {
		fmt.Println(k.check())
	}
	fmt.Println(sl[0].check(), mv[1].check(), (<-ch).check())
	fmt.Println(ifc.check(), eface.(*payload).check(), fn())
	fmt.Println(st.p.check(), arr[1].check(), global.check())
	fmt.Println(chain.check(), chain.next.check(), chain.next.next.check())
	close(release)
	churn()
	fmt.Println(<-parked)
	fmt.Println(<-timerOut)
	fmt.Println((<-unbuffered).check())
}

// Output:
// mapkeymapkey/11/385
// sliceslice/10/285 mapvalmapval/12/506 chanchan/13/650
// ifaceiface/14/819 efaceeface/15/1015 closureclosure/16/1240
// structstruct/17/1496 arrayarray/18/1785 globalglobal/19/2109
// chain0chain0/2/1 chain1chain1/3/5 chain2chain2/4/14
// parkedparked/20/2470
// timertimer/21/2870
// handoffhandoff/22/3311
