// m[k]++ and m[k]-- insert the zero value for a missing key, wrap narrow
// types, and panic on a nil map.
package main

import "fmt"

func main() {
	m := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		m[w]++
	}
	f := map[int]float32{}
	f[1]--
	f[1]--
	var u = map[[2]int]uint8{}
	u[[2]int{1, 2}]--
	fmt.Println(m, f, u)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nm map[string]int
	nm["x"]++
}

// Output:
// map[a:3 b:1 c:1] map[1:-2] map[[1 2]:255]
// recovered: assignment to entry in nil map
