package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Big = Huge >> 90
const Third = 1.0 / 3
const Pi2 = math.Pi * 2
const Exact = (1 << 62) * 4 / 8

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

func main() {
	fmt.Println(Big, Huge>>98)
	fmt.Println(Third)
	fmt.Println(Pi2)
	fmt.Println(Exact)
	fmt.Println(KB, MB, GB, TB)
	var f32 float32 = Third
	fmt.Println(f32)
	var f64 float64 = Third
	fmt.Println(f64)
	fmt.Println(Huge / Huge * 3)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", 1, 1.5, 'x', "s")
	const x = 10
	var d float64 = x / 4
	var e float64 = x / 4.0
	fmt.Println(d, e)
	const bigf = 1e300 * 1e300 / 1e300
	fmt.Println(bigf)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64))
	const mask = ^uint32(0)
	fmt.Println(mask)
	fmt.Println(5/2, 5.0/2, 5/2.0)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
}

// Output:
// 1024 4
// 0.3333333333333333
// 6.283185307179586
// 2305843009213693952
// 1024 1048576 1073741824 1099511627776
// 0.33333334
// 0.3333333333333333
// 3
// 98 b
// int float64 int32 string
// 2 2.5
// 1e+300
// 9223372036854775807 -9223372036854775808
// 18446744073709551615
// 4294967295
// 2 2.5 2.5
// concat 6
