// math.Lgamma agrees with Go bit for bit (fdlibm's algorithm as Go has it):
// a checksum of results and signs over 60000 inputs, and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := uint64(99991)
	h := uint64(0)
	sg := 0
	for i := 0; i < 60000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		var v float64
		switch i % 4 {
		case 0:
			v = float64(x>>11)/(1<<53)*20 - 10
		case 1:
			v = float64(x>>11) / (1 << 53) * 2.5
		case 2:
			v = math.Ldexp(float64(x>>11)/(1<<53), int(x%200)-100)
		default:
			v = -float64(x>>11) / (1 << 53) * 1e6
		}
		l, s := math.Lgamma(v)
		h = h*1099511628211 ^ math.Float64bits(l)
		sg += s
	}
	fmt.Println(h, sg)
	for _, v := range []float64{0, -0.0, 1, 2, 3, 0.5, -0.5, -1, -2.5, 1e-30, -1e-30, 7.5, 100, 1e20, 1e300, math.Inf(1), math.Inf(-1), math.NaN(), 1.4616321449683622, -3e15, 5e15} {
		l, s := math.Lgamma(v)
		fmt.Println(v, l, s)
	}
}

// Output:
// 11038716759609992910 37518
// 0 +Inf 1
// 0 +Inf 1
// 1 0 1
// 2 0 1
// 3 0.6931471805599453 1
// 0.5 0.5723649429247001 1
// -0.5 1.2655121234846454 -1
// -1 +Inf 1
// -2.5 -0.05624371649767412 -1
// 1e-30 69.07755278982137 1
// -1e-30 69.07755278982137 -1
// 7.5 7.534364236758734 1
// 100 359.13420536957545 1
// 1e+20 4.5051701859880917e+21 1
// 1e+300 6.897755278982137e+302 1
// +Inf +Inf 1
// -Inf -Inf 1
// NaN NaN 1
// 1.4616321449683622 -0.12148629053584961 1
// -3e+15 +Inf 1
// 5e+15 1.7574107153672394e+17 1
