package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

func main() {
	var s Shape = Sq{2} // ERROR "cannot use Sq.*as (type )?Shape|does not implement"
	_ = s
}
