// math.Pow10 over its whole range and Sincos, against Go.
package main

import (
	"fmt"
	"math"
)

func main() {
	h := uint64(0)
	for n := -330; n <= 320; n++ {
		h = h*31 + math.Float64bits(math.Pow10(n))
	}
	fmt.Println(h, math.Pow10(-323), math.Pow10(-324), math.Pow10(308), math.Pow10(309), math.Pow10(23), math.Pow10(-5))
	for _, x := range []float64{0, math.Copysign(0, -1), 1, 1e10, -3, math.Inf(1), math.NaN()} {
		s, c := math.Sincos(x)
		fmt.Println(s, c, s == math.Sin(x) || s != s)
	}
}

// Output:
// 7140379896204115009 1e-323 0 1e+308 +Inf 1e+23 1e-05
// 0 1 true
// -0 1 true
// 0.8414709848078965 0.5403023058681398 true
// -0.48750602508751073 0.873119622676856 true
// -0.1411200080598672 -0.9899924966004454 true
// NaN NaN true
// NaN NaN true
