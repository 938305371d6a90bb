package main

import (
	"fmt"
	"strings"
)

const W, H = 20, 10

type Grid [H][W]bool

func (g *Grid) Set(x, y int) { g[(y+H)%H][(x+W)%W] = true }

func (g *Grid) Alive(x, y int) bool { return g[(y+H)%H][(x+W)%W] }

func (g *Grid) Neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbours(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			if g[y][x] {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Population() int {
	n := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	// glider
	g.Set(1, 0)
	g.Set(2, 1)
	g.Set(0, 2)
	g.Set(1, 2)
	g.Set(2, 2)
	// blinker
	g.Set(10, 5)
	g.Set(11, 5)
	g.Set(12, 5)
	fmt.Print(g)
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Println("after 4 steps, population", g.Population())
	fmt.Print(g)
	for i := 0; i < 76; i++ {
		g = g.Step()
	}
	fmt.Println("after 80 steps, population", g.Population())
	fmt.Print(g)
}

// Output:
// .#..................
// ..#.................
// ###.................
// ....................
// ....................
// ..........###.......
// ....................
// ....................
// ....................
// ....................
// after 4 steps, population 8
// ....................
// ..#.................
// ...#................
// .###................
// ....................
// ..........###.......
// ....................
// ....................
// ....................
// ....................
// after 80 steps, population 3
// ....................
// ............#.......
// ............#.......
// ............#.......
// ....................
// ....................
// ....................
// ....................
// ....................
// ....................
