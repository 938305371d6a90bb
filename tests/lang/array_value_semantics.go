package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{2, 4, 6}, a != c)
	d := [...]string{"x", "y", "z"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[2] = -1
	fmt.Println(grid, row)
	s := a[:]
	s[1] = 0
	fmt.Println(a, s)
	arrs := [][2]int{{1, 2}, {3, 4}}
	x := arrs[0]
	x[0] = 9
	fmt.Println(arrs, x)
	type T struct{ vals [2]int }
	t1 := T{[2]int{1, 2}}
	t2 := t1
	t2.vals[0] = 5
	fmt.Println(t1, t2)
	var bools [4]bool
	bools[2] = true
	fmt.Println(bools, len(bools), cap(bools))
	for i, v := range [3]string{"a", "b", "c"} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}

// Output:
// [1 2 3] [100 2 3]
// [1 2 3] [2 4 6]
// [2 4 6]
// true false
// 3 [x y z]
// [0 10 0 30 0]
// [[0 0 0] [0 1 2] [0 2 4]] [0 2 -1]
// [2 0 6] [2 0 6]
// [[1 2] [3 4]] [9 2]
// {[1 2]} {[5 2]}
// [false false true false] 4 4
// 0a 1b 2c 
