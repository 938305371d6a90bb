package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{1, 2}] += "!"
	fmt.Println(grid[Point{1, 2}], grid[Point{0, 0}], len(grid))
	fmt.Println(grid)

	arr := map[[2]int]int{}
	arr[[2]int{1, 2}]++
	arr[[2]int{1, 2}]++
	arr[[2]int{2, 1}]++
	fmt.Println(arr)

	iface := map[interface{}]string{}
	iface[1] = "int"
	iface["1"] = "string"
	iface[1.0] = "float"
	iface[Point{1, 1}] = "point"
	iface[true] = "bool"
	fmt.Println(len(iface), iface[1], iface["1"], iface[1.0], iface[Point{1, 1}], iface[true], iface[int64(1)] == "")

	k := map[Key]float64{{"a", 1}: 1.5, {"b", 2}: 2.5}
	fmt.Println(k[Key{"b", 2}])

	fm := map[float64]int{0.5: 1, -1: 2}
	fmt.Println(fm)

	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)

	pm := map[*int]int{}
	x, y := 1, 1
	pm[&x] = 1
	pm[&y] = 2
	pm[&x] = 3
	fmt.Println(len(pm), pm[&x])

	keys := []Point{}
	for p := range grid {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	fmt.Println(keys)

	bytesKey := map[string]int{}
	b := []byte("key")
	bytesKey[string(b)] = 7
	fmt.Println(bytesKey["key"])
}

// Output:
// a! origin 2
// map[{0 0}:origin {1 2}:a!]
// map[[1 2]:2 [2 1]:1]
// 5 int string float point bool true
// 2.5
// map[-1:2 0.5:1]
// map[false:0 true:1]
// 2 3
// [{0 0} {1 2}]
// 7
