// A panic three calls deep: each frame prints its argument words as Go's
// traceback does (ints, a bool, narrow ints, floats, a string, a slice, a
// struct, a pointer, an interface, and "..." after ten words).
package main

import "fmt"

type point struct{ x, y int }

//go:noinline
func divide(a, b int) int {
	return a / b
}

//go:noinline
func scalars(b bool, i8 int8, u16 uint16, i32 int32, f32 float32, f64 float64, n int) int {
	fmt.Println(b, i8, u16, i32, f32, f64, n)
	return divide(n+int(i8), 0)
}

//go:noinline
func aggregates(s string, xs []int, p point, pp *point, v interface{}, n int) int {
	fmt.Println(len(s), len(xs), p.x, pp.y, v)
	return scalars(true, -2, 300, -70000, 1.5, -2.25, n+len(s)+len(xs)+pp.y)
}

//go:noinline
func many(a, b, c, d, e, f, g, h, i, j, k, l int) int {
	fmt.Println(a + b + c + d + e + f + g + h + i + j + k + l)
	return aggregates("hello", []int{1, 2, 3}, point{4, 5}, &point{6, 7}, 8, a+l)
}

func main() {
	many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
}
