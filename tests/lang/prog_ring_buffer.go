package main

import (
	"errors"
	"fmt"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

var ErrEmpty = errors.New("ring empty")

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

// Push adds v, overwriting the oldest element when full; reports overwrite.
func (r *Ring[T]) Push(v T) bool {
	idx := (r.head + r.size) % len(r.buf)
	r.buf[idx] = v
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		return true
	}
	r.size++
	return false
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Items() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type movingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *movingAvg) Add(x float64) float64 {
	if m.r.size == len(m.r.buf) {
		old, _ := m.r.Pop()
		m.sum -= old
	}
	m.r.Push(x)
	m.sum += x
	return m.sum / float64(m.r.size)
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 6; i++ {
		over := r.Push(i * 10)
		fmt.Println(i*10, over, r.Items())
	}
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	s := NewRing[string](2)
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Printf("%q\n", s.Items())
	m := &movingAvg{r: NewRing[float64](3)}
	for _, x := range []float64{1, 2, 3, 4, 10, 20} {
		fmt.Printf("%.3f ", m.Add(x))
	}
	fmt.Println()
}

// Output:
// 10 false [10]
// 20 false [10 20]
// 30 false [10 20 30]
// 40 false [10 20 30 40]
// 50 true [20 30 40 50]
// 60 true [30 40 50 60]
// 30 40 50 60 ring empty
// ["b" "c"]
// 1.000 1.500 2.000 3.000 5.667 11.333 
