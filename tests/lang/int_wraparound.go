package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8)
	i8 = -128
	i8--
	fmt.Println("int8", i8)
	var i8m int8 = -128
	fmt.Println("int8 neg", -i8m, i8m/-1)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8 = 0
	u8--
	fmt.Println("uint8", u8)
	u8 = 200
	fmt.Println("uint8 mul", u8*2, u8+100)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16", u16)
	u16 = 300
	fmt.Println("uint16 mul", u16*300)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32)
	var u32 uint32 = 4294967295
	u32 += 2
	fmt.Println("uint32", u32)
	u32 = 100000
	fmt.Println("uint32 mul", u32*u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64", u64)
	u64 = 0
	u64 -= 1
	fmt.Println("uint64", u64)

	var n int = 9223372036854775807
	n += 1
	fmt.Println("int", n)
	var un uint = 0
	un--
	fmt.Println("uint", un)
	var up uintptr = 0
	up--
	fmt.Println("uintptr", up)

	// multiplication that overflows in each width
	var a8 int8 = 100
	fmt.Println(a8 * 3)
	var a16 int16 = 1000
	fmt.Println(a16 * 100)
	var a32 int32 = 100000
	fmt.Println(a32 * 100000)
	var a64 int64 = 1 << 40
	fmt.Println(a64 * a64)

	// negation and shifts wrap too
	var m32 int32 = -2147483648
	fmt.Println(-m32, m32-1)
	var s8 int8 = 1
	fmt.Println(s8<<7, s8<<8)
	var b byte = 0x80
	fmt.Println(b<<1, b>>7)
}

// Output:
// int8 -128
// int8 127
// int8 neg -128 -128
// uint8 0
// uint8 255
// uint8 mul 144 44
// int16 -32767
// uint16 9
// uint16 mul 24464
// int32 -2147483648
// uint32 1
// uint32 mul 1410065408
// int64 -9223372036854775808
// uint64 0
// uint64 18446744073709551615
// int -9223372036854775808
// uint 18446744073709551615
// uintptr 18446744073709551615
// 44
// -31072
// 1410065408
// 0
// -2147483648 2147483647
// -128 0
// 0 1
