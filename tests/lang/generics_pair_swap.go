package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = MakePair(as[i], bs[i])
	}
	return out
}

func main() {
	p := MakePair("one", 1)
	fmt.Printf("%v %+v\n", p, p.Swap())
	z := Zip([]int{1, 2, 3}, []string{"a", "b"})
	fmt.Println(len(z), z)
	pp := MakePair(p, p.Swap())
	fmt.Println(pp.First.First, pp.Second.First)
	fmt.Println(p == Pair[string, int]{"one", 1})
}

// Output:
// {one 1} {First:1 Second:one}
// 2 [{1 a} {2 b}]
// one 1
// true
