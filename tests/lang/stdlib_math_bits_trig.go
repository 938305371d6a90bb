// math.Sin, Cos and Tan of huge arguments (>= 2^29, where Go reduces with
// Payne-Hanek) agree with Go bit for bit: a checksum over 30000 inputs
// with exponents 29..1023 and a few printed samples.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := uint64(12345)
	h := uint64(0)
	for i := 0; i < 30000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		e := 29 + int(x%995)
		v := math.Ldexp(1+float64(x>>12)/(1<<52), e)
		if i%2 == 0 {
			v = -v
		}
		h = h*31 + math.Float64bits(math.Sin(v)) ^ math.Float64bits(math.Cos(v))*7 ^ math.Float64bits(math.Tan(v))*13
		if i%5000 == 0 {
			fmt.Println(v, math.Sin(v), math.Cos(v), math.Tan(v))
		}
	}
	fmt.Println(h, math.Sin(1e300), math.Cos(math.MaxFloat64), math.Tan(1<<29), math.Sin(1<<29))
}
