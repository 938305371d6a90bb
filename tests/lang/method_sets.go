package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + ": woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + ": meow" }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

func main() {
	speakers := []Speaker{Dog{"rex"}, &Dog{"fido"}, &Cat{"tom"}, Loud{&Cat{"kit"}}, Loud{Loud{Dog{"max"}}}}
	for _, s := range speakers {
		fmt.Println(s.Speak())
	}
	var c Counter
	c.Inc() // addressable: (&c).Inc()
	c.Inc()
	fmt.Println(c.Get(), c)
	cs := []Counter{1, 2}
	cs[0].Inc() // slice elements are addressable
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
	type holder struct{ c Counter }
	h := holder{}
	h.c.Inc()
	fmt.Println(h.c)
	p := &h
	p.c.Inc()
	fmt.Println(h.c.Get())
	inc := c.Inc // method value on addressable var takes &c
	inc()
	inc()
	fmt.Println(c)
	get := c.Get // copies c now
	c.Inc()
	fmt.Println(get(), c.Get())
}

// Output:
// rex: woof
// fido: woof
// tom: meow
// kit: meow!!!
// max: woof!!!!!!
// 2 2
// [2 2]
// [0 1]
// 1
// 2
// 4
// 4 5
