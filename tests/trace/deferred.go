// A panic in a deferred call while another panic unwinds: both are
// printed (the first marked [recovered] when a recover ran), and the
// trace shows Go's panic({...}) frame between the deferred call and the
// frame that panicked first.
package main

import "fmt"

type fault struct {
	code int
}

func (f fault) Error() string { return fmt.Sprintf("fault %d", f.code) }

//go:noinline
func cleanup(tag string) {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
	panic(fault{7})
}

//go:noinline
func work(n int) {
	defer cleanup("work")
	var m map[string]int
	m["x"] = n
}

func main() {
	work(3)
}
