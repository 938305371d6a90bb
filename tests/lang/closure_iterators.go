package main

import "fmt"

type Iter func() (int, bool)

func rangeIter(lo, hi, step int) Iter {
	i := lo
	return func() (int, bool) {
		if i >= hi {
			return 0, false
		}
		v := i
		i += step
		return v, true
	}
}

func mapIter(it Iter, f func(int) int) Iter {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func filterIter(it Iter, keep func(int) bool) Iter {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok || keep(v) {
				return v, ok
			}
		}
	}
}

func take(it Iter, n int) []int {
	var out []int
	for len(out) < n {
		v, ok := it()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func primes() Iter {
	var found []int
	n := 1
	return func() (int, bool) {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n, true
			}
		}
	}
}

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			calls++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return calls
		}
}

func main() {
	squares := mapIter(rangeIter(0, 100, 1), func(x int) int { return x * x })
	evens := filterIter(squares, func(x int) bool { return x%2 == 0 })
	fmt.Println(take(evens, 8))
	fmt.Println(take(rangeIter(10, 20, 3), 10))
	fmt.Println(take(primes(), 15))
	slow := func(n int) int { return n * 3 }
	fast, calls := memoize(slow)
	for _, n := range []int{1, 2, 1, 3, 2, 1} {
		fast(n)
	}
	fmt.Println(calls(), fast(3))
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for i := len(fs) - 1; i >= 0; i-- {
				x = fs[i](x)
			}
			return x
		}
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
}

// Output:
// [0 4 16 36 64 100 144 196]
// [10 13 16 19]
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47]
// 3 9
// 11 12 5
