// Parallel merge sort: each half sorted in its own goroutine down to a
// cutoff; results come back over channels.
package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sortPar(s []int, res chan<- []int) {
	if len(s) <= 64 {
		for i := 1; i < len(s); i++ {
			for j := i; j > 0 && s[j] < s[j-1]; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		res <- s
		return
	}
	l, r := make(chan []int), make(chan []int)
	go sortPar(s[:len(s)/2], l)
	go sortPar(s[len(s)/2:], r)
	res <- merge(<-l, <-r)
}

func main() {
	s := make([]int, 5000)
	x := uint32(12345)
	for i := range s {
		x = x*1103515245 + 12345
		s[i] = int(x>>8) % 10000
	}
	res := make(chan []int)
	go sortPar(s, res)
	sorted := <-res
	ok := true
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println(len(sorted), ok, sorted[0], sorted[len(sorted)-1])
}

// Output:
// 5000 true 0 9999
