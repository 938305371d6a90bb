package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not (satisfy|implement) Number"
	_ = Eq([]int{}, nil)   // ERROR "does not (satisfy|implement) (interface[{])?comparable"
}
