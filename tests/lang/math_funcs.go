package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Tan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, -1), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(10), math.Log2(8), math.Log10(1000))
	fmt.Println(math.Sqrt(16), math.Cbrt(27), math.Pow(2, 0.5), math.Pow(-8, 1.0/3))
	fmt.Println(math.Floor(1.5), math.Ceil(1.5), math.Round(1.5), math.Trunc(1.5))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Round(-1.5), math.Trunc(-1.5))
	fmt.Println(math.Abs(-0.0), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(-7, 3), math.Remainder(7, 3))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Signbit(-0.0), math.Signbit(1))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0), math.Float32frombits(0x40400000))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsNaN(math.Log(-1)))
	fmt.Println(math.Sqrt(-1), math.Log(0))
	fmt.Printf("%.4f %.4f\n", math.Sinh(1), math.Tanh(0.5))
	fmt.Println(math.Exp2(10), math.Expm1(0), math.Log1p(0))
	fmt.Println(math.RoundToEven(2.5), math.RoundToEven(3.5))
}

// Output:
// 0.841471 0.540302 1.557408
// 0.523599 1.047198 0.785398
// 2.356194 5.000000
// 2.718282 2.302585 3.000000 3.000000
// 4 3 1.4142135623730951 NaN
// 1 2 2 1
// -2 -1 -2 -1
// 0 NaN 0
// -1 1
// 0.5 4 8
// 3 0.75
// false false
// 127 -128 255 32767 65535
// 2147483647 -2147483648 4294967295
// 9223372036854775807 -9223372036854775808
// 4607182418800017408 2
// 1065353216 3
// true true
// NaN -Inf
// 1.1752 0.4621
// 1024 0 0
// 2 4
