package main

import "fmt"

type Numeric interface {
	~int | ~int32 | ~float64
}

type Vec[T Numeric] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Matrix[T Numeric] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Numeric](r, c int) *Matrix[T] {
	return &Matrix[T]{r, c, make([]T, r*c)}
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func main() {
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(v), v.Scale(3))
	f := Vec[float64]{0.5, 1.5}
	fmt.Println(f.Dot(f.Scale(2)))
	m := NewMatrix[int32](2, 2)
	m.Set(0, 1, 7)
	m.Set(1, 0, -2)
	fmt.Println(m.At(0, 1)+m.At(1, 0), m.data)
}

// Output:
// 14 [3 6 9]
// 5
// 5 [0 7 -2 0]
