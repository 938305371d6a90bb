package main

import "fmt"

var (
	count   int
	name    = "golem"
	ratio   float64 = 0.75
	enabled bool
	x, y    = 1, "two"
)

type Point struct{ X, Y int }

var origin Point

func main() {
	fmt.Println(count, name, ratio, enabled, x, y, origin)
	var a int
	var b, c = 2, 3.5
	var (
		d = "d"
		e []int
		f map[string]int
		g *int
		h error
	)
	fmt.Println(a, b, c, d, e == nil, f == nil, g == nil, h == nil)
	i, j := 10, 20
	i, j = j, i
	fmt.Println(i, j)
	k, i := 5, 6
	fmt.Println(k, i)
	const local = 99
	type pair struct {
		a, b int
	}
	p := pair{1, 2}
	fmt.Println(local, p)
	var arr [3]string
	fmt.Printf("%q\n", arr)
	_, z := 1, 2
	fmt.Println(z)
	count = 7
	fmt.Println(count)
}

// Output:
// 0 golem 0.75 false 1 two {0 0}
// 0 2 3.5 d true true true true
// 20 10
// 5 6
// 99 {1 2}
// ["" "" ""]
// 2
// 7
