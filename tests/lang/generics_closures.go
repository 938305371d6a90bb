package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		fmt.Println("computed", k, "calls", calls)
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Counter[T any]() (func(T), func() []T) {
	var seen []T
	return func(v T) { seen = append(seen, v) }, func() []T { return seen }
}

func main() {
	sq := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	h := Compose(func(n int) string { return fmt.Sprint(n) }, func(s string) int { return len(s) })
	fmt.Println(h(12345), h(7))
	add, get := Counter[string]()
	add("x")
	add("y")
	fmt.Println(get())
}

// Output:
// computed 4 calls 1
// computed 5 calls 2
// 16 16 25
// 5 1
// [x y]
