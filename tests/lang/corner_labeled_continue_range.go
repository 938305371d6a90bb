package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	total := 0
rows:
	for r, row := range grid {
		for _, v := range row {
			if v < 0 {
				fmt.Println("skip row", r)
				continue rows
			}
		}
		for _, v := range row {
			total += v
		}
	}
	fmt.Println(total)
	found := false
search:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == 8 {
				fmt.Println("found at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
}

// Output:
// skip row 1
// 30
// found at 2 1
// true
