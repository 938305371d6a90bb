package main

import "fmt"

func find(xs []int, target int) (idx int) {
	i := 0
next:
	if i >= len(xs) {
		goto notFound
	}
	if xs[i] == target {
		return i
	}
	i++
	goto next
notFound:
	return -1
}

func main() {
	fmt.Println(find([]int{4, 5, 6}, 6), find([]int{1}, 9), find(nil, 0))
}

// Output:
// 2 -1 -1
