// Small leaf functions are inlined by Go: their frames print "(...)" and
// no offset; a function that calls something expensive is not.
package main

import "fmt"

type grid struct {
	cells []int
	width int
}

func (g *grid) at(x, y int) int {
	return g.cells[y*g.width+x]
}

func sum(g *grid, x, y int) int {
	return g.at(x, y) + g.at(x+1, y)
}

//go:noinline
func report(g *grid, row int) {
	fmt.Println("row", row)
	for x := 0; x < g.width; x += 2 {
		fmt.Println(sum(g, x, row))
	}
}

func main() {
	g := &grid{cells: make([]int, 3), width: 3}
	report(g, 0)
}
