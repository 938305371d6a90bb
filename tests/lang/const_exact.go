package main

import "fmt"

const (
	Big    = 1 << 200
	Bigger = Big * Big
	Small  = Bigger >> 395
	Third  = 1.0 / 3.0
	Sum    = 0.1 + 0.2
)

const (
	a = 9007199254740993 // 2^53 + 1: exact as a constant
	b = a * 3
)

func main() {
	fmt.Println(Small)
	fmt.Println(Sum == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(Third*3 == 1)
	fmt.Println(a, b, b/3 == a)
	var f float64 = a
	fmt.Println(f)
	const huge = 1e1000
	fmt.Println(huge / 1e999)
	fmt.Println(Big % 1000000007)
	const neg = -1 << 70
	fmt.Println(neg >> 64)
	const r = 'a' * 2
	fmt.Println(r)
	const mix = 5 / 2 * 2.0
	fmt.Println(mix)
	const mix2 = 5.0 / 2 * 2
	fmt.Println(mix2)
	const bits = ^0
	fmt.Println(bits)
	const ub uint8 = ^uint8(0) >> 1
	fmt.Println(ub)
	fmt.Println(len("héllo"), len([4]int{}))
	const c1 = 1e3
	var i int = c1
	fmt.Println(i)
	const f2 = 2.0
	var j int = f2 * 21
	fmt.Println(j)
}

// Output:
// 32
// true
// false
// true
// 9007199254740993 27021597764222979 true
// 9.007199254740992e+15
// 10
// 499445072
// -64
// 194
// 4
// 5
// -1
// 127
// 6 4
// 1000
// 42
