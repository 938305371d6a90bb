package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%08x\n", n, n, n, n, n)
	fmt.Printf("%o|%#o|%O|%b|%#b\n", n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', '世')
	fmt.Printf("%d|%x|%b\n", -42, -42, -5)
	fmt.Printf("%v|%v|%v\n", int8(-8), uint16(65535), int64(-1<<63))
	fmt.Printf("% d|% d\n", 5, -5)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%x %X\n", uint64(1<<64-1), int32(-1))
	fmt.Printf("%6.3d|%.0d|%.0d\n", 7, 0, 1)
	fmt.Printf("%*d|%-*d|\n", 6, 42, 4, 7)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{3, 4})
	fmt.Printf("%x\n", []byte{1, 171, 255})
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d%%\n", 50)
}

// Output:
// 255|  255|255  |00255|+255
// ff|FF|0xff|0XFF|000000ff
// 377|0377|0o377|11111111|0b11111111
// G|'G'|U+0047|U+4E16 '世'
// -42|-2a|-101
// -8|65535|-9223372036854775808
//  5|-5
//   a|b  |
// ffffffffffffffff -1
//    007||1
//     42|7   |
// [1 2] [3 4]
// 01abff
// true false
// 50%
