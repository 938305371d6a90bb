package main

import "fmt"

type Base struct{ count int }

func (b *Base) Inc()       { b.count++ }
func (b Base) Count() int  { return b.count }

type Wrapper struct {
	*Base
	label string
}

type ValWrap struct {
	Base
}

type Incer interface{ Inc() }

func main() {
	shared := &Base{}
	w1 := Wrapper{shared, "a"}
	w2 := Wrapper{shared, "b"}
	w1.Inc()
	w2.Inc()
	fmt.Println(shared.count, w1.Count(), w2.Count())
	var i Incer = w1
	i.Inc()
	fmt.Println(shared.count)
	v := ValWrap{}
	v.Inc()
	v.Inc()
	fmt.Println(v.Count())
	var j Incer = &v
	j.Inc()
	fmt.Println(v.count)
	c := v
	c.Inc()
	fmt.Println(v.count, c.count)
}

// Output:
// 2 2 2
// 3
// 2
// 3
// 3 4
