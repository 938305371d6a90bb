package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const big = 1 << 100
const huge = big >> 98

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(huge, big/(1<<97))
	fl := FlagA | FlagC
	fmt.Println(fl, fl&FlagB != 0, fl&FlagC != 0, ^fl)
	const typed int8 = 100
	fmt.Printf("%T %v\n", typed, typed)
	fmt.Println(1.0/3, 7/2, 7.0/2, 'a'+1, string(rune('a'+1)))
}

// Output:
// 0 1 2 4
// 1024 1048576 1073741824
// 0 0 1 10 2 20
// 4 8
// 5 false true 250
// int8 100
// 0.3333333333333333 3 3.5 98 b
