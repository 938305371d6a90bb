package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	y := 6
	y <<= 3
	y >>= 1
	y |= 1
	y &= 0x1d
	y ^= 0xff
	fmt.Println(y)
	y++
	y--
	y++
	fmt.Println(y)
	var u uint = 7
	fmt.Println(u/2, u%2, u<<60, u>>1)
	fmt.Println(1<<10, 1<<62)
	var big int64 = 1 << 62
	fmt.Println(big*2, big*4)
	fmt.Println(7/2, -7/2, 7%3, -7%3)
}

// Output:
// 22 12 85 3 2
// -3 -2 -3 2
// 1 21 20 16 -18
// 2
// 230
// 231
// 3 1 8070450532247928832 3
// 1024 4611686018427387904
// -9223372036854775808 0
// 3 -3 1 -1
