package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(int8(math.MinInt8), int8(math.MaxInt8), uint8(math.MaxUint8))
	fmt.Println(int16(math.MinInt16), int16(math.MaxInt16), uint16(math.MaxUint16))
	fmt.Println(int32(math.MinInt32), int32(math.MaxInt32), uint32(math.MaxUint32))
	fmt.Println(int64(math.MinInt64), int64(math.MaxInt64), uint64(math.MaxUint64))
	fmt.Printf("%x %x %o %b\n", int64(math.MinInt64), uint64(math.MaxUint64), int8(-1), int8(math.MinInt8))
	fmt.Printf("%d %v %08d %+d\n", int64(math.MinInt64), uint64(math.MaxUint64), -42, 0)
	fmt.Println(strconv.FormatInt(math.MinInt64, 2))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 36), strconv.FormatInt(math.MinInt64, 36))
	var r rune = math.MaxInt32
	var b byte = math.MaxUint8
	fmt.Println(r, b)
	fmt.Printf("%T %T %T\n", r, b, uintptr(1))
	fmt.Printf("%c|%c|%c\n", 0x1F600, 0x10FFFF+1, -1)
	fmt.Printf("%U %U\n", 0x1F600, -1)
}

// Output:
// -128 127 255
// -32768 32767 65535
// -2147483648 2147483647 4294967295
// -9223372036854775808 9223372036854775807 18446744073709551615
// -8000000000000000 ffffffffffffffff -1 -10000000
// -9223372036854775808 18446744073709551615 -0000042 +0
// -1000000000000000000000000000000000000000000000000000000000000000
// 3w5e11264sgsf -1y2p0ij32e8e8
// 2147483647 255
// int32 uint8 uintptr
// 😀|�|�
// U+1F600 U+FFFFFFFFFFFFFFFF
