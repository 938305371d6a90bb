package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	r := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			r[i][j] = s
		}
	}
	return r
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (m Matrix) Det() float64 {
	n := len(m)
	a := New(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if abs(a[r][col]) > abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type IntMat [3][3]int

func (a IntMat) Mul(b IntMat) IntMat {
	var c IntMat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.Transpose())
	fmt.Print(Identity(3).Mul(b))
	m := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Printf("det %.4f\n", m.Det())
	fmt.Printf("det %.4f\n", Matrix{{1, 2}, {2, 4}}.Det())
	fib := IntMat{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}
	p := IntMat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	for i := 0; i < 30; i++ {
		p = p.Mul(fib)
	}
	fmt.Println(p[0][1], p)
	h := New(4, 4)
	for i := range h {
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("hilbert det %.6e\n", h.Det())
}

// Output:
//   58.00   64.00
//  139.00  154.00
//    1.00    4.00
//    2.00    5.00
//    3.00    6.00
//    7.00    8.00
//    9.00   10.00
//   11.00   12.00
// det 49.0000
// det 0.0000
// 832040 [[1346269 832040 0] [832040 514229 0] [0 0 1]]
// hilbert det 1.653439e-07
