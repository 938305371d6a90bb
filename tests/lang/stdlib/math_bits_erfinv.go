// math.Erfinv and Erfcinv agree with Go bit for bit: a checksum over
// 40000 inputs (many near 1) and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := uint64(4242)
	h := uint64(0)
	for i := 0; i < 40000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v := float64(x>>11)/(1<<52) - 1
		if i%3 == 0 {
			v = 1 - math.Ldexp(float64(x>>11)/(1<<53), -int(x%60))
		}
		h = h*1099511628211 ^ math.Float64bits(math.Erfinv(v)) ^ math.Float64bits(math.Erfcinv(v+1))
	}
	fmt.Println(h)
	for _, v := range []float64{0, 0.5, -0.5, 0.85, 0.9, 0.999999, 1, -1, 1.5, math.NaN()} {
		fmt.Println(v, math.Erfinv(v), math.Erfcinv(v))
	}
}

// Output:
// 10483929140178564579
// 0 0 +Inf
// 0.5 0.4769362762044699 0.4769362762044699
// -0.5 -0.4769362762044699 NaN
// 0.85 1.0179024648320276 0.1337269216648197
// 0.9 1.1630871536766738 0.08885599049425764
// 0.999999 3.4589107372754984 8.862269254784739e-07
// 1 +Inf 0
// -1 -Inf NaN
// 1.5 NaN -0.4769362762044699
// NaN NaN NaN
