package main

import "fmt"

type Key struct {
	Name string
	ID   int
}

type Grid [2][2]int

func main() {
	a := Key{"x", 1}
	b := Key{"x", 1}
	c := Key{"x", 2}
	fmt.Println(a == b, a == c, a != c)
	m := map[Key]string{a: "first"}
	m[b] = "second"
	m[c] = "third"
	fmt.Println(len(m), m[Key{"x", 1}], m)
	g1 := Grid{{1, 2}, {3, 4}}
	g2 := g1
	g2[1][1] = 5
	fmt.Println(g1 == g2, g1 == Grid{{1, 2}, {3, 4}})
	gm := map[Grid]int{g1: 1, g2: 2}
	fmt.Println(gm[Grid{{1, 2}, {3, 5}}])
	am := map[[3]string]bool{{"a", "b", "c"}: true}
	fmt.Println(am[[3]string{"a", "b", "c"}], am[[3]string{}])
}

// Output:
// true false true
// 2 second map[{x 1}:second {x 2}:third]
// false true
// 2
// true false
