package main

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{}

func (c *Circle) Area() float64 { return 1 }
func (c *Circle) Name() string  { return "c" }

func main() {
	var s Shape = Square{2} // ERROR "cannot use Square[{].*[}] .* as (type )?Shape"
	var t Shape = Circle{} // ERROR "cannot use Circle[{][}] .* as (type )?Shape"
	var u Shape = &Circle{}
	_, _, _ = s, t, u
}
