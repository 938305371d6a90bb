//go:build go1.22

package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(2.5, 1))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y), min(x), max(x, y, 100))
	var f float64 = 0.5
	fmt.Println(min(f, 1), max(f, 0.25))
	const c = min(1, 2.5)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
	strs := []string{"x", "y"}
	clear(strs[1:])
	fmt.Printf("%q\n", strs)
	var nilMap map[int]bool
	clear(nilMap)
	fmt.Println(len(nilMap))
}

// Output:
// 1 3
// 1 2.5
// a c
// -3 7 7 100
// 0.5 0.5
// 1
// 200 200
// 0 map[]
// map[c:3]
// 3 [0 0 0]
// ["x" ""]
// 0
