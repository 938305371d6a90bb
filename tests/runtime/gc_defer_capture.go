package main

// Values reachable only from pending defers survive until the defers
// run: closures deferred with captured pointers and slices, deferred
// method values, and deferred calls whose arguments were evaluated (and
// so copied) at the defer statement, while the function collects garbage
// before returning.

import (
	"fmt"
	"runtime"
)

type acc struct {
	name  string
	items []int
}

func (a *acc) report(out *[]string) {
	s := 0
	for _, v := range a.items {
		s += v
	}
	*out = append(*out, fmt.Sprintf("%s:%d", a.name, s))
}

func record(out *[]string, label string, vals []int, p *acc) {
	*out = append(*out, fmt.Sprintf("%s:%d:%d:%s", label, len(vals), vals[len(vals)-1], p.name))
}

func churn() {
	var junk []*acc
	for i := 0; i < 2500; i++ {
		junk = append(junk, &acc{name: "junk", items: make([]int, 5)})
		if len(junk) > 40 {
			junk = nil
		}
	}
	runtime.GC()
}

func work(depth int, out *[]string) {
	for i := 0; i < 3; i++ {
		a := &acc{name: fmt.Sprint("closure", depth, i)}
		for j := 0; j <= i+depth; j++ {
			a.items = append(a.items, j*10)
		}
		defer func() { a.report(out) }()
		m := &acc{name: fmt.Sprint("method", depth, i), items: []int{depth, i}}
		defer m.report(out)
		vals := make([]int, i+2)
		vals[len(vals)-1] = depth*100 + i
		defer record(out, fmt.Sprint("args", depth, i), vals, &acc{name: "argacc"})
	}
	churn()
	if depth > 0 {
		work(depth-1, out)
	}
	churn()
}

func main() {
	var out []string
	work(3, &out)
	for _, s := range out {
		fmt.Println(s)
	}
}

// Output:
// args0 2:4:2:argacc
// method0 2:2
// closure0 2:30
// args0 1:3:1:argacc
// method0 1:1
// closure0 1:10
// args0 0:2:0:argacc
// method0 0:0
// closure0 0:0
// args1 2:4:102:argacc
// method1 2:3
// closure1 2:60
// args1 1:3:101:argacc
// method1 1:2
// closure1 1:30
// args1 0:2:100:argacc
// method1 0:1
// closure1 0:10
// args2 2:4:202:argacc
// method2 2:4
// closure2 2:100
// args2 1:3:201:argacc
// method2 1:3
// closure2 1:60
// args2 0:2:200:argacc
// method2 0:2
// closure2 0:30
// args3 2:4:302:argacc
// method3 2:5
// closure3 2:150
// args3 1:3:301:argacc
// method3 1:4
// closure3 1:100
// args3 0:2:300:argacc
// method3 0:3
// closure3 0:60
