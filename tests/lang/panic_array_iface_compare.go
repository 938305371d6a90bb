package main

import "fmt"

func main() {
	x := [2]interface{}{1, "a"}
	y := [2]interface{}{1, "a"}
	fmt.Println(x == y)
	m := map[[2]interface{}]int{x: 5}
	fmt.Println(m[y])
	z := [2]interface{}{map[int]int{}, 1}
	m[z] = 1
}

// Output:
// true
// 5
// Panic: panic: runtime error: hash of unhashable type map[int]int
// Exit: 2
