package main

import (
	"fmt"
	"strings"
)

func solve(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), pos...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func board(pos []int) string {
	var sb strings.Builder
	for _, c := range pos {
		for j := range pos {
			if j == c {
				sb.WriteString("Q ")
			} else {
				sb.WriteString(". ")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 9; n++ {
		c, _ := solve(n)
		fmt.Printf("n=%d solutions=%d\n", n, c)
	}
	_, first := solve(8)
	fmt.Print(board(first))
}

// Output:
// n=1 solutions=1
// n=2 solutions=0
// n=3 solutions=0
// n=4 solutions=2
// n=5 solutions=10
// n=6 solutions=4
// n=7 solutions=40
// n=8 solutions=92
// n=9 solutions=352
// Q . . . . . . . 
// . . . . Q . . . 
// . . . . . . . Q 
// . . . . . Q . . 
// . . Q . . . . . 
// . . . . . . Q . 
// . Q . . . . . . 
// . . . Q . . . . 
