package main

import (
	"fmt"
	"strings"
)

type Stringer interface{ String() string }

type Named struct{ N string }

func (n Named) String() string { return "<" + n.N + ">" }

type ID int

func (i ID) String() string { return fmt.Sprintf("id#%d", int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Shape interface {
	Area() float64
	comparable
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func Largest[S Shape](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

func main() {
	fmt.Println(JoinAll([]Named{{"a"}, {"b"}}, ","))
	fmt.Println(JoinAll([]ID{1, 2, 3}, " "))
	r := Largest([]Rect{{1, 2}, {3, 3}, {2, 4}})
	fmt.Println(r, r == Rect{3, 3})
}

// Output:
// <a>,<b>
// id#1 id#2 id#3
// {3 3} true
