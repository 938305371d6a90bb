package main

import "fmt"

type Board [3][3]rune

func (b Board) Transposed() Board {
	var t Board
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = b[i][j]
		}
	}
	return t
}

func fill(b *Board, r rune) {
	for i := range b {
		for j := range b[i] {
			b[i][j] = r
		}
	}
}

func main() {
	var b Board
	fill(&b, '.')
	b[0][2] = 'X'
	b[1][0] = 'O'
	t := b.Transposed()
	for i := 0; i < 3; i++ {
		fmt.Println(string(b[i][:]), string(t[i][:]))
	}
	fmt.Println(b == t, b == t.Transposed())
	cube := [2][2][2]int{}
	n := 0
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				n++
				cube[i][j][k] = n
			}
		}
	}
	fmt.Println(cube, len(cube[1][0]))
	rows := [...][]int{{1}, {2, 3}, {4, 5, 6}}
	for _, r := range rows {
		fmt.Print(len(r), cap(r), " ")
	}
	fmt.Println(len(rows))
	copyOf := cube
	copyOf[0][0][0] = 100
	fmt.Println(cube[0][0][0], copyOf[0][0][0])
	arrOfMaps := [2]map[string]int{{"a": 1}, {}}
	alias := arrOfMaps
	alias[0]["a"] = 99 // maps inside the array are shared references
	fmt.Println(arrOfMaps[0]["a"])
	var zero [0]int
	fmt.Println(len(zero), zero)
	idx := [5]int{4: 1, 2: 3}
	fmt.Println(idx, len(idx))
}

// Output:
// ..X .O.
// O.. ...
// ... X..
// false true
// [[[1 2] [3 4]] [[5 6] [7 8]]] 2
// 1 1 2 2 3 3 3
// 1 100
// 99
// 0 []
// [0 0 3 0 1] 5
