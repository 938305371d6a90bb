// Package sort: sorting slices and user-defined collections, and binary
// search. Written in Go: the comparison callbacks are golem functions, so
// the loops run in the interpreter (DESIGN.md section 4).
//
// The algorithms are Go's (1.19), step for step, so that the order in
// which Less and Swap are called, and therefore where equal elements end
// up after an unstable sort, matches what `go run` prints: Sort is
// pattern-defeating quicksort (pdqsort: insertion sort below 13 elements,
// ninther pivots, pattern breaking, heapsort after too many unbalanced
// partitions, a fast path for presorted runs); Stable sorts blocks of 20 by
// insertion and merges them in place with SymMerge.
//
// Each algorithm exists twice: once over Interface, and once ("...Func")
// over a less closure plus the swapAt native, for Slice and SliceStable.
// The second copy is the first with data.Less(i, j) read as less(i, j) and
// data.Swap(i, j) as swapAt(x, i, j); it saves an interface call and a
// wrapper frame per comparison, which is most of sort.Slice's cost.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Pivot hints: what choosePivot's comparisons saw.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

// bitLen is the number of bits needed to represent x (math/bits.Len).
func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// Sort sorts data in ascending order as determined by Less. It is not
// guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// insertionSort sorts data[a:b] by sinking each element leftwards.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		j := i
		for j > a && data.Less(j, j-1) {
			data.Swap(j, j-1)
			j--
		}
	}
}

// siftDown restores the max-heap property below root lo of the heap
// data[first+lo : first+hi].
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b]; pdqsort's fallback after too many bad pivots.
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b] (pattern-defeating quicksort); limit counts the
// badly unbalanced partitions still allowed before heapsort takes over.
func pdqsort(data Interface, a, b, limit int) {
	balanced := true    // the previous partition was not lopsided
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing &&
			partialInsertionSort(data, a, b) {
			return
		}
		// An element left of the range that is not below the pivot means
		// the range holds many copies of it: split off the equal ones.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, then splits data[a+1:b] into the
// elements below it and the rest; the pivot ends at the returned index.
// already reports that no element had to move.
func partition(data Interface, a, b, pivot int) (mid int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual splits data[a:b], which holds nothing below the pivot,
// into the elements equal to it followed by the greater ones, returning
// where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to five out-of-order neighbours of a
// nearly sorted range and reports whether data[a:b] ended up sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of data[a:b] with
// pseudo-random partners (an xorshift generator seeded with the length).
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<bitLen(uint(n)) - 1
	centre := a + (n/4)*2
	for idx := centre - 1; idx <= centre+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the pivot of data[a:b]: the middle quarter point for
// short ranges, the median of three quarter points from 8 elements, and
// of three medians of neighbours (Tukey's ninther) from 50. The hint says
// whether those comparisons saw only ascending or only descending order.
func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = medianOf3(data, i-1, i, i+1, &swaps)
			j = medianOf3(data, j-1, j, j+1, &swaps)
			k = medianOf3(data, k-1, k, k+1, &swaps)
		}
		j = medianOf3(data, i, j, k, &swaps)
	}
	if swaps == 0 {
		return j, hintIncreasing
	}
	if swaps == 12 {
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// medianOf3 returns whichever of a, b, c indexes the median element,
// counting in *swaps the comparisons that found a pair out of order.
func medianOf3(data Interface, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b = c
	}
	if data.Less(b, a) {
		*swaps++
		b = a
	}
	return b
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// stable sorts data[0:n] keeping equal elements in order: insertion-sorted
// blocks of 20, merged pairwise with symMerge in rounds of doubling size.
func stable(data Interface, n int) {
	block := 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort(data, a, a+block)
	}
	insertionSort(data, a, n)
	for ; block < n; block *= 2 {
		a = 0
		for ; a+2*block <= n; a += 2 * block {
			symMerge(data, a, a+block, a+2*block)
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place
// (Kim and Kutzner's SymMerge); it needs a < m < b.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] before the first element of data[m:b] not below it.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] after the last element of data[a:m] not above it.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	start, r := a, m
	if m > mid {
		start, r = n-b, mid
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate turns the blocks data[a:m] data[m:b] into data[m:b] data[a:m]
// with block swaps; it needs a < m < b.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// The algorithms again, over a less function and swapAt (see the top).

func insertionSortFunc(x any, less func(i, j int) bool, a, b int) {
	for i := a + 1; i < b; i++ {
		j := i
		for j > a && less(j, j-1) {
			swapAt(x, j, j-1)
			j--
		}
	}
}

func siftDownFunc(x any, less func(i, j int) bool, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && less(first+child, first+child+1) {
			child++
		}
		if !less(first+root, first+child) {
			return
		}
		swapAt(x, first+root, first+child)
		root = child
	}
}

func heapSortFunc(x any, less func(i, j int) bool, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownFunc(x, less, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		swapAt(x, a, a+i)
		siftDownFunc(x, less, 0, i, a)
	}
}

func pdqsortFunc(x any, less func(i, j int) bool, a, b, limit int) {
	balanced := true    // the previous partition was not lopsided
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= 12 {
			insertionSortFunc(x, less, a, b)
			return
		}
		if limit == 0 {
			heapSortFunc(x, less, a, b)
			return
		}
		if !balanced {
			breakPatternsFunc(x, less, a, b)
			limit--
		}
		pivot, hint := choosePivotFunc(x, less, a, b)
		if hint == hintDecreasing {
			reverseRangeFunc(x, less, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing &&
			partialInsertionSortFunc(x, less, a, b) {
			return
		}
		if a > 0 && !less(a-1, pivot) {
			a = partitionEqualFunc(x, less, a, b, pivot)
			continue
		}
		mid, already := partitionFunc(x, less, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortFunc(x, less, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortFunc(x, less, mid+1, b, limit)
			b = mid
		}
	}
}

func partitionFunc(x any, less func(i, j int) bool, a, b, pivot int) (mid int, already bool) {
	swapAt(x, a, pivot)
	i, j := a+1, b-1
	for i <= j && less(i, a) {
		i++
	}
	for i <= j && !less(j, a) {
		j--
	}
	if i > j {
		swapAt(x, j, a)
		return j, true
	}
	swapAt(x, i, j)
	i++
	j--
	for {
		for i <= j && less(i, a) {
			i++
		}
		for i <= j && !less(j, a) {
			j--
		}
		if i > j {
			break
		}
		swapAt(x, i, j)
		i++
		j--
	}
	swapAt(x, j, a)
	return j, false
}

func partitionEqualFunc(x any, less func(i, j int) bool, a, b, pivot int) int {
	swapAt(x, a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !less(a, i) {
			i++
		}
		for i <= j && less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		swapAt(x, i, j)
		i++
		j--
	}
}

func partialInsertionSortFunc(x any, less func(i, j int) bool, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		swapAt(x, i, i-1)
		if i-a >= 2 {
			for k := i - 1; k >= 1 && less(k, k-1); k-- {
				swapAt(x, k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && less(k, k-1); k++ {
				swapAt(x, k, k-1)
			}
		}
	}
	return false
}

func breakPatternsFunc(x any, less func(i, j int) bool, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<bitLen(uint(n)) - 1
	centre := a + (n/4)*2
	for idx := centre - 1; idx <= centre+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		swapAt(x, idx, a+other)
	}
}

func choosePivotFunc(x any, less func(i, j int) bool, a, b int) (pivot int, hint int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = medianOf3Func(x, less, i-1, i, i+1, &swaps)
			j = medianOf3Func(x, less, j-1, j, j+1, &swaps)
			k = medianOf3Func(x, less, k-1, k, k+1, &swaps)
		}
		j = medianOf3Func(x, less, i, j, k, &swaps)
	}
	if swaps == 0 {
		return j, hintIncreasing
	}
	if swaps == 12 {
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func medianOf3Func(x any, less func(i, j int) bool, a, b, c int, swaps *int) int {
	if less(b, a) {
		*swaps++
		a, b = b, a
	}
	if less(c, b) {
		*swaps++
		b = c
	}
	if less(b, a) {
		*swaps++
		b = a
	}
	return b
}

func reverseRangeFunc(x any, less func(i, j int) bool, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		swapAt(x, i, j)
	}
}

func stableFunc(x any, less func(i, j int) bool, n int) {
	block := 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSortFunc(x, less, a, a+block)
	}
	insertionSortFunc(x, less, a, n)
	for ; block < n; block *= 2 {
		a = 0
		for ; a+2*block <= n; a += 2 * block {
			symMergeFunc(x, less, a, a+block, a+2*block)
		}
		if m := a + block; m < n {
			symMergeFunc(x, less, a, m, n)
		}
	}
}

func symMergeFunc(x any, less func(i, j int) bool, a, m, b int) {
	if m-a == 1 {
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			swapAt(x, k, k+1)
		}
		return
	}
	if b-m == 1 {
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			swapAt(x, k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	start, r := a, m
	if m > mid {
		start, r = n-b, mid
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateFunc(x, less, start, m, end)
	}
	if a < start && start < mid {
		symMergeFunc(x, less, a, start, mid)
	}
	if mid < end && end < b {
		symMergeFunc(x, less, mid, end, b)
	}
}

func swapRangeFunc(x any, less func(i, j int) bool, a, b, n int) {
	for i := 0; i < n; i++ {
		swapAt(x, a+i, b+i)
	}
}

func rotateFunc(x any, less func(i, j int) bool, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRangeFunc(x, less, m-i, m, j)
			i -= j
		} else {
			swapRangeFunc(x, less, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeFunc(x, less, m-i, m, i)
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches the methods of Interface to []int.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

// Float64Slice attaches the methods of Interface to []float64 (NaNs
// first).
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()         { Sort(x) }

// StringSlice attaches the methods of Interface to []string.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

// lenOf returns the length of the slice in x (panicking if x is not one).
func lenOf(x any) int

// swapAt swaps elements i and j of the slice in x.
func swapAt(x any, i, j int)

// Slice sorts the slice x given the provided less function. It is not
// guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	n := lenOf(x)
	pdqsortFunc(x, less, 0, n, bitLen(uint(n)))
}

// SliceStable sorts x keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	stableFunc(x, less, lenOf(x))
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false then true; n if there is none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func (p IntSlice) Search(x int) int         { return SearchInts(p, x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }
func (p StringSlice) Search(x string) int   { return SearchStrings(p, x) }

// Find uses binary search to find the smallest index i in [0, n) at which
// cmp(i) <= 0, assuming cmp is positive, then zero, then negative; found
// reports whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}
