package main

import (
	"fmt"
	"strconv"
)

func main() {
	a, err := strconv.Atoi("1")
	b, err := strconv.Atoi("x")
	fmt.Println(a, b, err != nil)
	a, c := 10, 20
	fmt.Println(a, c)
	var x = 1
	{
		x, y := 2, 3
		fmt.Println(x, y)
	}
	fmt.Println(x)
	i, j := 0, 1
	i, j = j, i
	fmt.Println(i, j)
	arr := []int{1, 2, 3}
	k := 0
	k, arr[k] = 2, 9
	fmt.Println(k, arr)
}

// Output:
// 1 0 true
// 10 20
// 2 3
// 1
// 1 0
// 2 [9 2 3]
