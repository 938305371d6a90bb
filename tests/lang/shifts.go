package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 70; i += 7 {
		fmt.Println(i, x<<i, uint64(1)<<uint(i))
	}
	var neg int = -64
	fmt.Println(neg>>1, neg>>3, neg>>63, neg>>100)
	var u uint32 = 0xdeadbeef
	fmt.Println(u>>4, u<<4, u>>31, u>>32, u<<32)
	var s uint = 3
	fmt.Println(1<<s, 255>>s)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>9)
	var u8 uint8 = 0xff
	fmt.Println(u8<<4, u8>>4, u8<<8)
	var sh int = 65
	fmt.Println(int64(1)<<sh, int64(-1)>>sh)
	const c = 1 << 100 >> 98
	fmt.Println(c)
	var f uint16 = 1
	for i := 0; i < 17; i++ {
		fmt.Print(f<<i, " ")
	}
	fmt.Println()
}

// Output:
// 0 1 1
// 7 128 128
// 14 16384 16384
// 21 2097152 2097152
// 28 268435456 268435456
// 35 34359738368 34359738368
// 42 4398046511104 4398046511104
// 49 562949953421312 562949953421312
// 56 72057594037927936 72057594037927936
// 63 -9223372036854775808 9223372036854775808
// -32 -8 -1 -1
// 233495534 3940282096 1 0 0
// 8 31
// -64 -1 -1
// 240 15 0
// 0 -1
// 4
// 1 2 4 8 16 32 64 128 256 512 1024 2048 4096 8192 16384 32768 0 
