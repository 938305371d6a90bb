package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	i := 300
	fmt.Println(int8(i), uint8(i), int16(i), uint16(-i))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big), int8(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(neg))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int(u8), float64(u8))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(float64(7)/2, float64(1<<53+1))
	var r rune = 'é'
	fmt.Println(r, string(r), byte(r))
	var b byte = 'z'
	fmt.Println(b, string(rune(b)))
	x := 65
	fmt.Println(string(rune(x)))
	var u uint = 1<<64 - 1
	fmt.Println(u, int(u))
	var f32 float32 = 1e10
	fmt.Println(int64(f32))
	u255 := uint8(255)
	fmt.Println(u255+1 == 0)
	type MyInt int
	m := MyInt(42)
	fmt.Println(int(m)+1, float64(m)/4)
}

// Output:
// 3 -3 399
// 44 44 300 65236
// 5 5 5
// 4294967295 18446744073709551615 255 -1
// -6 250 250
// 0.1 0.10000000149011612
// 3.5 9.007199254740992e+15
// 233 é 233
// 122 z
// A
// 18446744073709551615 -1
// 10000000000
// true
// 43 10.5
