package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Count int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T ~int | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum(Celsius(10), Celsius(20.5)))
	fmt.Println(Sum[Count](4, 5))
	fmt.Println(Max("apple", "banana"), Max(3, -3))
	fmt.Printf("%T %T\n", Sum(Celsius(1)), Sum[int64]())
}

// Output:
// 6
// 3.75
// 30.5
// 9
// banana 3
// main.Celsius int64
