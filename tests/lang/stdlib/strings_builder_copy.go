// strings.Builder's copy check: writing to a copy of a Builder that was
// written to panics with a string; copies of a zero Builder, reads of a
// copy, and a copy after Reset are fine.
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		s, ok := r.(string)
		fmt.Printf("%s: %q %v\n", name, s, ok)
	}()
	f()
}

var global strings.Builder

func main() {
	var a strings.Builder
	b := a // a zero Builder may be copied
	b.WriteString("b")
	a.WriteString("a")
	fmt.Println(a.String(), b.String())

	c := a
	fmt.Println(c.String(), c.Len(), c.Cap() >= 1) // reading a copy is fine
	try("WriteString", func() { c.WriteString("x") })
	try("WriteByte", func() { c.WriteByte('x') })
	try("WriteRune", func() { c.WriteRune('é') })
	try("Write", func() { c.Write([]byte("x")) })
	try("Grow", func() { c.Grow(10) })
	c.Reset()
	c.WriteString("after reset")
	fmt.Println(c.String(), a.String())

	p := new(strings.Builder)
	p.WriteByte('p')
	q := *p
	try("copy of *p", func() { q.WriteByte('q') })
	fmt.Fprintf(p, "%d", 42)
	fmt.Println(p.String())

	global.WriteString("global")
	g2 := global
	try("global copy", func() { g2.WriteString("!") })
	fmt.Println(global.String())

	var nilB *strings.Builder
	try("nil", func() { nilB.WriteString("x") })

	d := a
	d.WriteString("boom")
}

// Output:
// a b
// a 1 true
// WriteString: "strings: illegal use of non-zero Builder copied by value" true
// WriteByte: "strings: illegal use of non-zero Builder copied by value" true
// WriteRune: "strings: illegal use of non-zero Builder copied by value" true
// Write: "strings: illegal use of non-zero Builder copied by value" true
// Grow: "strings: illegal use of non-zero Builder copied by value" true
// after reset a
// copy of *p: "strings: illegal use of non-zero Builder copied by value" true
// p42
// global copy: "strings: illegal use of non-zero Builder copied by value" true
// global
// nil: "" false
// Panic: panic: strings: illegal use of non-zero Builder copied by value
// Exit: 2
