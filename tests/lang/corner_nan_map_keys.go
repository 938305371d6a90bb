package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok, nan == nan, nan != nan)
	m[0.0] = 3
	negz := math.Copysign(0, -1)
	m[negz] = 4
	fmt.Println(len(m), m[0])
	var i interface{} = nan
	fmt.Println(i == i)
	arr := [1]float64{nan}
	fmt.Println(arr == arr)
}

// Output:
// 2
// false false true
// 3 4
// false
// false
