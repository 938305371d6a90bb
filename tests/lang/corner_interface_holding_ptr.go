package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type C struct{ n int }

func (c *C) Inc()     { c.n++ }
func (c *C) Get() int { return c.n }

func bump(c Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc()
	}
}

func main() {
	c := &C{}
	var i Counter = c
	bump(i, 3)
	bump(c, 2)
	fmt.Println(c.n, i.Get())
	j := i
	j.Inc()
	fmt.Println(i.Get(), i == j)
	var k Counter = &C{}
	fmt.Println(k == i, k.Get())
}

// Output:
// 5 5
// 6 true
// false 0
