package main

import (
	"fmt"
	"math"
)

func main() {
	var a8, b8 int8 = -7, 2
	var a16, b16 int16 = -700, 3
	var a32, b32 int32 = -70000, 7
	var a64, b64 int64 = -7000000000, 9
	fmt.Println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64)
	var u8, v8 uint8 = 250, 7
	var u16, v16 uint16 = 65000, 7
	var u32, v32 uint32 = 4000000000, 7
	var u64, v64 uint64 = 18000000000000000000, 7
	fmt.Println(u8/v8, u8%v8, u16/v16, u16%v16, u32/v32, u32%v32, u64/v64, u64%v64)
	// the most negative value divided by -1 wraps (no panic in Go)
	m8 := int8(math.MinInt8)
	m16 := int16(math.MinInt16)
	m32 := int32(math.MinInt32)
	m64 := int64(math.MinInt64)
	neg := -1
	fmt.Println(m8/int8(neg), m16/int16(neg), m32/int32(neg), m64/int64(neg))
	fmt.Println(m8%int8(neg), m64%int64(neg))
	for _, p := range [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {6, 3}} {
		fmt.Print(p[0]/p[1], ",", p[0]%p[1], " ")
	}
	fmt.Println()
	var x int = 1000003
	fmt.Println(x/1000, x%1000, x>>3, x&7)
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("hash me") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
}

// Output:
// -3 -1 -233 -1 -10000 0 -777777777 -7
// 35 5 9285 5 571428571 3 2571428571428571428 4
// -128 -32768 -2147483648 -9223372036854775808
// 0 0
// 2,1 -2,-1 -2,1 2,-1 0,0 2,0 
// 1000 3 125000 3
// 2372640957
// 1933853516739740477
