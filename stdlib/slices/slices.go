// Package slices: generic functions on slices (Go 1.21 API, plus
// Concat from 1.22). Sorting is an introsort (quicksort with
// median-of-three, insertion sort below 12 elements, heapsort when the
// recursion gets too deep); SortStableFunc is an insertion-sorted-runs
// merge sort with one scratch buffer. NaNs sort first, as cmp.Less
// orders them. Go code.
package slices

import "cmp"

func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) >= 0 }

// Insert inserts vs at index i, panicking when i is out of range.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		r := make(S, n+m, n+m+(n+m)/4)
		copy(r, s[:i])
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// Delete removes s[i:j], zeroing the vacated tail elements.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	var zero E
	for k := len(s); k < oldlen; k++ {
		s[:oldlen][k] = zero
	}
	return s
}

func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

// Replace replaces s[i:j] by v.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j]
	tail := Clone(s[j:])
	s2 := append(s[:i], v...)
	s2 = append(s2, tail...)
	var zero E
	for k := len(s2); k < len(s); k++ {
		s[k] = zero
	}
	return s2
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces runs of equal elements by one copy.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

// Grow makes room for n more elements without another allocation.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

func Clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding the slices one after another.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
	}
	newslice := Grow[S](nil, size)
	for _, s := range slices {
		newslice = append(newslice, s...)
	}
	return newslice
}

func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if x[i] != x[i] {
			return x[i]
		}
		if x[i] > m {
			m = x[i]
		}
	}
	return m
}

func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if x[i] != x[i] {
			return x[i]
		}
		if x[i] < m {
			m = x[i]
		}
	}
	return m
}

func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// BinarySearch finds target in the sorted x: its index and whether it
// is there (else the insertion point).
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Sort sorts x in ascending order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts x by cmp; the sort is not stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	limit := 0
	for m := n; m > 0; m >>= 1 {
		limit += 2
	}
	introSort(x, 0, n, limit, cmp)
}

func insertionSort[E any](x []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func siftDown[E any](x []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(x[first+child], x[first+child+1]) < 0 {
			child++
		}
		if cmp(x[first+root], x[first+child]) >= 0 {
			return
		}
		x[first+root], x[first+child] = x[first+child], x[first+root]
		root = child
	}
}

func heapSort[E any](x []E, a, b int, cmp func(a, b E) int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(x, i, hi, first, cmp)
	}
	for i := hi - 1; i >= 0; i-- {
		x[first], x[first+i] = x[first+i], x[first]
		siftDown(x, lo, i, first, cmp)
	}
}

func introSort[E any](x []E, a, b, limit int, cmp func(a, b E) int) {
	for b-a > 12 {
		if limit == 0 {
			heapSort(x, a, b, cmp)
			return
		}
		limit--
		// median of three into x[a]
		m := int(uint(a+b) >> 1)
		if cmp(x[m], x[a]) < 0 {
			x[m], x[a] = x[a], x[m]
		}
		if cmp(x[b-1], x[m]) < 0 {
			x[b-1], x[m] = x[m], x[b-1]
			if cmp(x[m], x[a]) < 0 {
				x[m], x[a] = x[a], x[m]
			}
		}
		x[a], x[m] = x[m], x[a]
		pivot := x[a]
		// Hoare partition around pivot
		i, j := a+1, b-1
		for {
			for i <= j && cmp(x[i], pivot) < 0 {
				i++
			}
			for i <= j && cmp(pivot, x[j]) < 0 {
				j--
			}
			if i >= j {
				break
			}
			x[i], x[j] = x[j], x[i]
			i++
			j--
		}
		x[a], x[j] = x[j], x[a]
		// recurse into the smaller side, loop on the larger
		if j-a < b-j-1 {
			introSort(x, a, j, limit, cmp)
			a = j + 1
		} else {
			introSort(x, j+1, b, limit, cmp)
			b = j
		}
	}
	insertionSort(x, a, b, cmp)
}

// SortStableFunc sorts x by cmp keeping equal elements in order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	const blockSize = 20
	for a := 0; a < n; a += blockSize {
		b := a + blockSize
		if b > n {
			b = n
		}
		insertionSort(x, a, b, cmp)
	}
	if n <= blockSize {
		return
	}
	buf := make([]E, n)
	src, dst := []E(x), buf
	for width := blockSize; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := lo + width
			if mid > n {
				mid = n
			}
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if cmp(src[j], src[i]) < 0 {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &x[0] {
		copy(x, src)
	}
}
