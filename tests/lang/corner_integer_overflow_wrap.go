package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u16 uint16 = 0
	u16--
	fmt.Println(u16)
	var i32 int32 = math.MaxInt32
	i32 += 10
	fmt.Println(i32)
	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	var u uint = 3
	fmt.Println(u - 5 > 0, -7/2, -7%2, 7>>1, -7>>1)
	var u8 uint8 = 0xF0
	fmt.Println(u8<<2, u8>>4, ^u8, u8&^0x30)
}

// Output:
// -128
// 65535
// -2147483639
// true
// true -3 -1 3 -4
// 192 15 15 192
