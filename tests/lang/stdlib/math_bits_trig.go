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

// Output:
// -2.618714372918477e+151 -0.932337692096665 0.3615887552121392 -2.578447694120563
// -2.2484456466147226e+143 0.1985320007258477 0.980094406007805 0.2025641606654234
// -1.1185629317324438e+24 -0.9985016526874599 -0.054721564126139384 18.246950149045464
// -6.932267922035324e+167 -0.642004976946201 -0.7667004692683498 0.8373608764826455
// -5.843401641651482e+277 -0.6908023829818317 -0.7230436139449838 0.9554090094410193
// -6.594928488556955e+109 -0.998110828567326 0.061439188606668575 -16.245507976304747
// 5061929654916599399 -0.8178819121159087 -0.9999876894265599 -0.3455106923343039 0.3265676630185634
