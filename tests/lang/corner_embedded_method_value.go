package main

import "fmt"

type Engine struct{ rpm int }

func (e *Engine) Rev(n int) { e.rpm += n }
func (e Engine) RPM() int   { return e.rpm }

type Car struct {
	*Engine
	name string
}

func main() {
	c := Car{&Engine{}, "z"}
	rev := c.Rev
	get := c.RPM
	rev(1000)
	rev(500)
	fmt.Println(c.RPM(), get())
	c.Engine = &Engine{7}
	rev(1)
	fmt.Println(c.RPM(), c.rpm)
	fns := map[string]func(int){"rev": c.Rev}
	fns["rev"](3)
	fmt.Println(c.rpm)
}

// Output:
// 1500 0
// 7 7
// 10
