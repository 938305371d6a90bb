package main

// Objects reachable only through closure captures survive: captured
// pointers, captured variables that the closure mutates, closures that
// capture closures, and closures stored in slices and maps.

import (
	"fmt"
	"runtime"
)

type box struct {
	vals []int
}

func counter(start int) (func() int, func() int) {
	b := &box{vals: []int{start}}
	inc := func() int {
		b.vals = append(b.vals, len(b.vals)+start)
		return len(b.vals)
	}
	sum := func() int {
		s := 0
		for _, v := range b.vals {
			s += v
		}
		return s
	}
	return inc, sum
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func adder(n int) func(int) int {
	msg := fmt.Sprint("add", n)
	return func(x int) int { return x + n + len(msg) }
}

func garbage() {
	for r := 0; r < 3; r++ {
		fs := make([]func() int, 0)
		for i := 0; i < 2000; i++ {
			v := &box{vals: make([]int, 3)}
			fs = append(fs, func() int { return len(v.vals) })
		}
		_ = fs
		runtime.GC()
	}
}

func main() {
	var incs, sums []func() int
	for i := 0; i < 50; i++ {
		inc, sum := counter(i)
		incs = append(incs, inc)
		sums = append(sums, sum)
	}
	chain := adder(0)
	for i := 1; i < 20; i++ {
		chain = compose(chain, adder(i))
	}
	table := map[string]func(int) int{}
	for i := 0; i < 10; i++ {
		table[fmt.Sprint("f", i)] = adder(i * 10)
	}
	local := []string{"captured", "by", "reference"}
	joinLocal := func() int {
		n := 0
		for _, s := range local {
			n += len(s)
		}
		return n
	}

	for round := 0; round < 4; round++ {
		for _, f := range incs {
			f()
		}
		garbage()
		local = append(local, fmt.Sprint("round", round))
	}
	total := 0
	for _, f := range sums {
		total += f()
	}
	fmt.Println("counters", total)
	fmt.Println("chain", chain(1))
	t := 0
	for i := 0; i < 10; i++ {
		t += table[fmt.Sprint("f", i)](i)
	}
	fmt.Println("table", t)
	fmt.Println("local", joinLocal(), len(local))
}

// Output:
// counters 6625
// chain 281
// table 544
// local 43 7
