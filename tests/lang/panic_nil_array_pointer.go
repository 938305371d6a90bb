package main

import "fmt"

type Grid struct {
	cells *[4]int
}

func main() {
	g := Grid{}
	fmt.Println(len(g.cells))
	g.cells[1] = 5
}

// Output:
// 4
// Panic: panic: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
