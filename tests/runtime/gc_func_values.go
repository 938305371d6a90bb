package main

// Function values reachable only from data structures survive: closures
// in a slice, a map and a channel, a struct of callbacks, closures that
// return closures, and recursive closures referring to themselves through
// a captured variable (a cycle through the closure's cell).

import (
	"fmt"
	"runtime"
	"strings"
)

type handlers struct {
	onA, onB func(string) string
}

func maker(prefix string) func(int) func() string {
	parts := []string{prefix}
	return func(n int) func() string {
		parts = append(parts, fmt.Sprint(n))
		snapshot := strings.Join(parts, "/")
		return func() string { return snapshot }
	}
}

func churn() {
	for r := 0; r < 3; r++ {
		var fs []func() int
		for i := 0; i < 3000; i++ {
			x := []int{i}
			fs = append(fs, func() int { return x[0] })
			if len(fs) > 50 {
				fs = nil
			}
		}
		runtime.GC()
	}
}

func main() {
	var slice []func() string
	m := map[string]func() string{}
	ch := make(chan func() string, 10)
	mk := maker("root")
	for i := 0; i < 10; i++ {
		f := mk(i)
		slice = append(slice, f)
		m[fmt.Sprint(i)] = mk(i * 10)
		ch <- mk(i * 100)
	}
	h := handlers{
		onA: func(s string) string { return strings.ToUpper(s) },
	}
	suffix := strings.Repeat("!", 3)
	h.onB = func(s string) string { return h.onA(s) + suffix }
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	churn()
	fmt.Println(slice[0](), slice[9]())
	fmt.Println(m["0"](), m["9"]())
	close(ch)
	last := ""
	n := 0
	for f := range ch {
		last = f()
		n++
	}
	fmt.Println(n, len(last))
	fmt.Println(h.onB("done"))
	fmt.Println(fib(80))
}

// Output:
// root/0 root/0/0/0/1/10/100/2/20/200/3/30/300/4/40/400/5/50/500/6/60/600/7/70/700/8/80/800/9
// root/0/0 root/0/0/0/1/10/100/2/20/200/3/30/300/4/40/400/5/50/500/6/60/600/7/70/700/8/80/800/9/90
// 10 91
// DONE!!!
// 23416728348467685
