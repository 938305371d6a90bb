// A nil pointer operand: the scan fails normally when the input does not
// fit, and panics (re-panicked by fmt's recover, as in Go) when it does.
package main

import "fmt"

func main() {
	var p *int
	n, err := fmt.Sscan("x", p)
	fmt.Println(n, err)
	fmt.Sscan("5", p)
	fmt.Println("not reached")
}

// Output:
// 0 expected integer
// Panic: panic: runtime error: invalid memory address or nil pointer dereference [recovered]
// Exit: 2
