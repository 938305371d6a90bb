package main

import "fmt"

// Declarations split across files: types here, used from main.go.

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string    { return fmt.Sprintf("rect %gx%g", r.W, r.H) }

var registry = map[string]Shape{}

func init() {
	register(Rect{2, 3})
}
