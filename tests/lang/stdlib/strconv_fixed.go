// strconv.FormatFloat with 'f' and a precision (and fmt's %.Nf), which golem
// rounds exactly with 128-bit integers: random values, exact ties that
// must round half to even, tiny and huge values, precisions 0..17.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(5555)
	h := uint64(14695981039346656037)
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		var v float64
		switch i % 5 {
		case 0:
			v = float64(x>>11) / (1 << 53) * 1000
		case 1:
			v = math.Ldexp(1+float64(x>>12)/(1<<52), int(x%140)-70)
		case 2:
			v = float64(x%100000) / 1000 // many exact ties like 0.125, 2.5
		case 3:
			v = float64(x%2000) / 8
		default:
			v = math.Float64frombits(x)
		}
		if i%2 == 1 {
			v = -v
		}
		prec := int(x>>5) % 18
		s := strconv.FormatFloat(v, 'f', prec, 64)
		for k := 0; k < len(s); k++ {
			h ^= uint64(s[k])
			h *= 1099511628211
		}
		if i%40000 == 0 {
			fmt.Println(s)
		}
	}
	fmt.Println(h)
	fmt.Printf("%.2f %.0f %.0f %.0f %.1f %.3f %.15f %f\n", 2.675, 0.5, 1.5, 2.5, 0.05, 1e-10, 0.1, 1e20)
}

// Output:
// 0.00
// 241.293763302143248
// 789.9452
// 904.47
// 983.63765043467322
// 13617865296229372853
// 2.67 0 2 2 0.1 0.000 0.100000000000000 100000000000000000000.000000
