package main

import "fmt"

type Number interface{ ~int | ~int64 | ~float64 }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Points []int

func (p Points) Sum() int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func First[T any, S ~[]T](s S) T { return s[0] }

func main() {
	p := Points{1, 2, 3}
	q := Scale(p, 2)
	fmt.Println(q, q.Sum())
	fmt.Printf("%T\n", q)
	fmt.Println(Scale([]float64{1.5}, 2))
	fmt.Println(First(p), First([]string{"a", "b"}))
}

// Output:
// [2 4 6] 12
// main.Points
// [3]
// 1 a
