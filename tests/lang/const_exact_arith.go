package main

import (
	"fmt"
	"math"
)

// Constant expressions are evaluated exactly (integers up to 512 bits,
// floats as exact rationals), and rounded once when they get a type.

const (
	Big   = 1 << 500
	Huge  = Big >> 250 * (1 << 260) >> 500 // 2^10, through 2^510
	Third = 1.0 / 3
	Tenth = 0.1
	Giant = 1e300 * 1e300 / 1e300
	Tiny  = 1e-300 * 1e-300 / 1e-300
	Exp   = 1e1000 / 1e999
)

// Digits of 2^256 - 1, from an exact 512-bit product.
const max256 = 1<<256 - 1

func main() {
	fmt.Println(Big>>490, Huge, Big%1000, (Big-1)%7)
	fmt.Println(Third*3 == 1, Tenth*10 == 1, Tenth+0.2 == 0.3)
	fmt.Println(Giant, Tiny, Exp)
	fmt.Println(0.1+0.2, float32(0.1), float64(float32(0.1)))
	fmt.Println(0.0005*1e9 == 500000, int64(0.0005*1e9))
	fmt.Println(max256*max256/max256 == max256, max256%1000000007)
	// Conversion to float64 rounds half to even from the exact value.
	fmt.Println(float64(1<<53+1), float64(1<<53+3), float32(1<<24+1))
	var x float64 = 1<<62 + 1
	fmt.Println(x, x == 1<<62)
	fmt.Println(1e-320, 5e-324, 2.5e-324 == 0, 2.5000000001e-324)
	fmt.Println(0x1p-1074, 0x1.fffffffffffffp1023 == math.MaxFloat64)
	fmt.Println(math.MaxFloat64*2/2 == math.MaxFloat64, math.SmallestNonzeroFloat64/2*2)
	const h = 0x1.fffffffffffff8p1023 / 2
	fmt.Println(h, 1e2000/1e1999, 1e5000/1e4999)
	fmt.Println(-7/2, -7%2, 7/-2, ^-5, ^5, -(-1 << 511) >> 509)
	fmt.Println(1.0<<3, 7.0/2.0, 1/3.0, 2.0/3)
	fmt.Println(math.Pi*1e10, math.E, math.Sqrt2*math.Sqrt2 == 2)
	const i64 = math.MaxInt64
	fmt.Println(i64, uint64(math.MaxUint64), i64+1 > i64, -i64-1)
	fmt.Println(1e18*1e3/1e3 == 1e18, int64(1e18))
	fmt.Println(float32(3.4028235e38), float32(1e-45), float32(7e-46))
	fmt.Println(123456789*1000000007%998244353, 1<<100%1000000007)
	const bits = 0b1010_1010 & ^0x0F | 0o17 ^ 0x3
	fmt.Println(bits, -5>>1, -1>>100, 5&^3, -8&^3, -6|1, -6^-3)
}

// Output:
// 1024 1024 376 3
// true true true
// 1e+300 1e-300 10
// 0.3 0.1 0.10000000149011612
// true 500000
// true 792845265
// 9.007199254740992e+15 9.007199254740996e+15 1.6777216e+07
// 4.611686018427388e+18 true
// 1e-320 5e-324 false 5e-324
// 5e-324 true
// true 5e-324
// 8.98846567431158e+307 10 10
// -3 -1 -3 4 -6 4
// 8 3.5 0.3333333333333333 0.6666666666666666
// 3.1415926535897934e+10 2.718281828459045 false
// 9223372036854775807 18446744073709551615 true -9223372036854775808
// true 1000000000000000000
// 3.4028235e+38 1e-45 0
// 605556822 976371285
// 172 -3 -1 4 -8 -5 7
