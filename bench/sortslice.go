// sortslice: sort.Slice over 1e6 pseudo-random ints.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 1000000
	a := make([]int, n)
	x := 12345
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	ok := true
	for i := 1; i < n; i++ {
		if a[i-1] > a[i] {
			ok = false
		}
	}
	fmt.Println(ok, a[0], a[n/2], a[n-1])
}
