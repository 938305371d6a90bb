package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func heapsort(a []float64) {
	n := len(a)
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && a[c+1] > a[c] {
				c++
			}
			if a[i] >= a[c] {
				return
			}
			a[i], a[c] = a[c], a[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func countingSort(a []uint8) []uint8 {
	var counts [256]int
	for _, x := range a {
		counts[x]++
	}
	out := a[:0]
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, uint8(v))
		}
	}
	return out
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -1
}

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

func main() {
	r := &rng{88172645463325252}
	a := make([]int, 20)
	for i := range a {
		a[i] = int(r.next() % 100)
	}
	fmt.Println(a)
	b := append([]int(nil), a...)
	quicksort(b)
	fmt.Println(b)
	fmt.Println(mergesort(a))
	fmt.Println(binarySearch(b, b[7]), binarySearch(b, 1000), binarySearch(b, -5))
	words := []string{"delta", "alpha", "echo", "charlie", "bravo"}
	insertion(words)
	fmt.Println(words)
	fs := []float64{3.5, -1.25, 9, 0, 2.75, -8}
	heapsort(fs)
	fmt.Println(fs)
	bs := []uint8{9, 3, 255, 0, 3, 7}
	fmt.Println(countingSort(bs))
	big := make([]int, 50000)
	for i := range big {
		big[i] = int(r.next() % 1000000)
	}
	m := mergesort(big)
	quicksort(big)
	same := true
	for i := range big {
		if big[i] != m[i] || i > 0 && big[i] < big[i-1] {
			same = false
		}
	}
	fmt.Println(same, big[0], big[len(big)-1])
}

// Output:
// [12 15 12 53 6 49 1 3 6 45 9 84 35 95 38 53 59 55 79 59]
// [1 3 6 6 9 12 12 15 35 38 45 49 53 53 55 59 59 79 84 95]
// [1 3 6 6 9 12 12 15 35 38 45 49 53 53 55 59 59 79 84 95]
// 7 -1 -1
// [alpha bravo charlie delta echo]
// [-8 -1.25 0 2.75 3.5 9]
// [0 3 3 7 9 255]
// true 27 999986
