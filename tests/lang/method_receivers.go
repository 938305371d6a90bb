package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int   { return c.n }
func (c *Counter) Inc()        { c.n++ }
func (c Counter) IncCopy()     { c.n++ }
func (c *Counter) Add(k int)   { c.n += k }
func (c Counter) Label() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type List []int

func (l List) Sum() int {
	s := 0
	for _, x := range l {
		s += x
	}
	return s
}
func (l *List) Push(x int) { *l = append(*l, x) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value(), c.Label())
	p := &c
	p.Add(10)
	fmt.Println(p.Value(), c.n, p.Label())
	cs := []Counter{{"a", 0}, {"b", 5}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs[0].Label(), cs[1].Label())
	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].Label())
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
}

// Output:
// 2 c=2
// 12 12 c=12
// a=1 b=6
// k=1
// 212 -40
// [1 2 3] 6
