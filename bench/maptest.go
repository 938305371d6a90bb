package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 500000
	ints := make(map[int]int)
	for i := 0; i < n; i++ {
		ints[i*7] = i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := ints[i*3]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 2 {
		delete(ints, i*7)
	}
	strs := make(map[string]int)
	for i := 0; i < n; i++ {
		strs["key"+strconv.Itoa(i)] = i
	}
	shits := 0
	for i := 0; i < n; i += 3 {
		if v, ok := strs["key"+strconv.Itoa(i)]; ok && v == i {
			shits++
		}
	}
	fmt.Println("maptest", len(ints), hits, sum, len(strs), shits)
}
