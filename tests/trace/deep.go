// A panic at the bottom of a deep recursion: go 1.19 lists at most 100
// frames, counting its own hidden runtime frames, so main.main is not
// shown.
package main

import "fmt"

//go:noinline
func down(n int) int {
	if n == 0 {
		var m map[int]int
		m[0] = 1
	}
	return down(n-1) + 1
}

func main() {
	fmt.Println(down(150))
}
