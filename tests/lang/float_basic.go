package main

import (
	"fmt"
	"math"
)

func main() {
	a := 1.5
	b := 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(1e21, 1e20, 1e-5, 1e-4, 123456789.0)
	fmt.Println(100.0, 3.0, -0.5)
	var f32 float32 = 0.1
	fmt.Println(f32, f32*3, float64(f32))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3.2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Mod(7, 3))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(1)/3, float32(16777216)+1)
	x := 0.0
	for i := 0; i < 10; i++ {
		x += 0.1
	}
	fmt.Println(x, x == 1.0)
	neg := -0.0
	fmt.Println(neg, math.Copysign(0, -1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(1/z, 1))
}

// Output:
// 1.75 1.25 0.375 6
// 0.3 0.3333333333333333 0.6666666666666666
// 1e+21 1e+20 1e-05 0.0001 1.23456789e+08
// 100 3 -0.5
// 0.1 0.3 0.10000000149011612
// +Inf -Inf false
// +Inf -Inf NaN
// 1.4142135623730951 -3 3 3.2
// 7 3 1024 1
// -2 3 -3
// 1.7976931348623157e+308 5e-324
// 0.33333334 1.6777216e+07
// 0.9999999999999999 false
// 0 -0
// true true
