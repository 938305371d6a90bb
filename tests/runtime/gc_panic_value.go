package main

// A panic value that is reachable only from the panicking goroutine's
// panic record survives collections run by deferred functions while the
// panic unwinds, and is intact when recovered; re-panicking with a new
// value, and panics with error values and structs, too.

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type failure struct {
	code  int
	trail []string
	cause error
}

func churn() {
	var junk [][]byte
	for i := 0; i < 3000; i++ {
		junk = append(junk, make([]byte, 48))
		if len(junk) > 30 {
			junk = nil
		}
	}
	runtime.GC()
}

func deep(n int) {
	if n == 0 {
		f := &failure{code: 42, cause: errors.New(strings.Repeat("e", 5))}
		for i := 0; i < 10; i++ {
			f.trail = append(f.trail, fmt.Sprint("frame", i))
		}
		panic(f)
	}
	defer churn()
	deep(n - 1)
}

func catch() (msg string) {
	defer func() {
		r := recover()
		churn()
		f := r.(*failure)
		msg = fmt.Sprintf("%d %s %s %d", f.code, f.trail[9], f.cause, len(f.trail))
	}()
	deep(5)
	return "none"
}

func repanic() (msg string) {
	defer func() {
		r := recover()
		churn()
		msg = fmt.Sprint(r)
	}()
	defer func() {
		r := recover()
		churn()
		panic(fmt.Sprintf("again: %v", r.(error)))
	}()
	defer churn()
	panic(fmt.Errorf("first %d", 1))
}

func valuePanic() (msg string) {
	defer func() {
		churn()
		r := recover().(failure)
		msg = fmt.Sprint(r.code, " ", strings.Join(r.trail, "+"))
	}()
	panic(failure{code: 7, trail: []string{"a", "b", "c"}})
}

func main() {
	fmt.Println(catch())
	fmt.Println(repanic())
	fmt.Println(valuePanic())
	results := make(chan string)
	for i := 0; i < 4; i++ {
		go func(i int) {
			defer func() {
				churn()
				results <- fmt.Sprint(recover())
			}()
			panic(fmt.Sprint("goroutine ", i, " ", strings.Repeat("!", i)))
		}(i)
	}
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[<-results] = true
	}
	fmt.Println(len(got), got["goroutine 3 !!!"])
}

// Output:
// 42 frame9 eeeee 10
// again: first 1
// 7 a+b+c
// 4 true
