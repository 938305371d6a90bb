package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int)
}

type Rect struct{ w, h int }

func (r *Rect) Area() int   { return r.w * r.h }
func (r *Rect) Scale(k int) { r.w = (r.w*k)%100 + 1; r.h = (r.h*k)%100 + 1 }

type Square struct{ s int }

func (q *Square) Area() int   { return q.s * q.s }
func (q *Square) Scale(k int) { q.s = (q.s*k)%100 + 1 }

type Counter struct{ n int }

func (c *Counter) Add(x int) { c.n += x }
func (c Counter) Get() int   { return c.n }

func main() {
	shapes := []Shape{&Rect{3, 4}, &Square{5}, &Rect{7, 2}, &Square{9}}
	c := &Counter{}
	direct := &Rect{2, 3}
	for i := 0; i < 2000000; i++ {
		s := shapes[i%4]
		c.Add(s.Area())
		if i%1000 == 0 {
			s.Scale(i%7 + 2)
		}
		c.Add(direct.Area() % 3)
	}
	fmt.Println("methodcall", c.Get())
}
