package main

import "fmt"

type Guard struct{ name string; caught []string }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		g.caught = append(g.caught, fmt.Sprint(g.name, ": ", r))
	}
}

func (g *Guard) Run(f func()) {
	defer g.Catch()
	f()
}

func main() {
	g := &Guard{name: "g"}
	g.Run(func() { panic("a") })
	g.Run(func() {})
	g.Run(func() { var p *int; _ = *p })
	for _, c := range g.caught {
		fmt.Println(c)
	}
}

// Output:
// g: a
// g: runtime error: invalid memory address or nil pointer dereference
