package main

import "fmt"

type Acc struct{ log []string }

func (a *Acc) add(s string) { a.log = append(a.log, s) }

func run(a *Acc) (n int) {
	a.add("start")
	defer a.add("deferred")
	defer func() { n = len(a.log) }()
	return -1
}

func main() {
	a := &Acc{}
	fmt.Println(run(a), a.log)
}

// Output:
// 1 [start deferred]
