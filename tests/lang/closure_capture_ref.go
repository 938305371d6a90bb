package main

import "fmt"

type Counter struct {
	inc  func()
	get  func() int
	name string
}

func makeCounter(name string) Counter {
	count := 0
	return Counter{
		inc:  func() { count++ },
		get:  func() int { return count },
		name: name,
	}
}

func main() {
	c := makeCounter("c")
	c.inc()
	c.inc()
	d := c // copies the struct; both share the captured variable
	d.inc()
	fmt.Println(c.get(), d.get())

	x := 10
	add := func(n int) { x += n }
	add(5)
	add(5)
	fmt.Println(x)

	// capture of a variable declared before the loop: all closures share it
	var fs []func() int
	v := 0
	for v < 3 {
		fs = append(fs, func() int { return v })
		v++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// a copy per iteration made explicitly
	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i * i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// nested closures
	outer := func() func() int {
		n := 0
		return func() int {
			inner := func() { n += 10 }
			inner()
			return n
		}
	}
	f := outer()
	f()
	fmt.Println(f())

	// capturing slices and maps: they are shared references anyway
	s := []int{1, 2, 3}
	m := map[string]int{}
	mod := func() {
		s[0] = 100
		m["k"]++
		s = append(s, 4)
	}
	mod()
	mod()
	fmt.Println(s, m)

	// closure capturing a struct variable and a pointer
	type pt struct{ X int }
	p := pt{1}
	pp := &pt{1}
	bump := func() { p.X++; pp.X++ }
	bump()
	fmt.Println(p, *pp)

	// a parameter is captured too
	mk := func(base int) func() int {
		return func() int { base *= 2; return base }
	}
	dbl := mk(3)
	dbl()
	fmt.Println(dbl())
}

// Output:
// 3 3
// 20
// 3 3 3 
// 0 1 4 
// 20
// [100 2 3 4 4] map[k:2]
// {2} {2}
// 12
