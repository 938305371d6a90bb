package main

import "fmt"

type Cell struct {
	R, C int
	Tag  string
}

type Board [2]Cell

func main() {
	b1 := Board{{0, 0, "a"}, {0, 1, "b"}}
	b2 := b1
	fmt.Println(b1 == b2)
	b2[1].Tag = "z"
	fmt.Println(b1 == b2, b1[1], b2[1])
	seen := map[Board]bool{b1: true}
	fmt.Println(seen[b2], seen[Board{{0, 0, "a"}, {0, 1, "b"}}])
	var zero Board
	fmt.Println(zero == Board{}, zero[0].Tag == "")
	type ptrKey struct{ p *int }
	x, y := 1, 1
	pm := map[ptrKey]string{{&x}: "x", {&y}: "y"}
	fmt.Println(len(pm), pm[ptrKey{&x}])
}

// Output:
// true
// false {0 1 b} {0 1 z}
// false true
// true true
// 2 x
