package main

import "fmt"

// Constants far outside float64's range stay exact (or 512-bit floats), so
// only the final value has to fit the type it is given.

const (
	tiny     = 1e-99999999
	huge     = 1e99999999
	subnorm  = 0x1p-99999
	manyDigs = 123456789012345678901234567890123456789012345678901234567890e-2000
	one      = 1e4000 * 1e-4000
	sum      = 1e3000 + 1e-3000
	lost     = (1e3000 + 1e-3000 - 1e3000) * 1e3000
	third    = 1.0 / 3 * 1e5000 / 1e5000 * 3
	quotient = 1 / 1e-5000 / 1e5000
)

func main() {
	fmt.Println(tiny == 0, tiny > 0, huge > 1, subnorm > 0, manyDigs)
	fmt.Println(one, sum > 1, lost, third == 1, 1e1300/1e1299, quotient)
	fmt.Println(float32(1e-46), float32(0x1p-150), float32(0x1.000001p-150),
		float32(0x1.000001p-149), float64(0x1p-1075), float64(0x1.0000000000001p-1075))
	fmt.Println(float32(16777217), float32(16777219), float64(1<<54+2), float64(1<<54+6))
	fmt.Println(float32(3.4028235677973366e38), float32(-1.401298464324817e-45))
}

// Output:
// false true true true 0
// 1 true 0 true 10 1
// 0 0 1e-45 1e-45 0 5e-324
// 1.6777216e+07 1.677722e+07 1.8014398509481984e+16 1.801439850948199e+16
// 3.4028235e+38 -1e-45
