package main

import "fmt"

// gc's overflow and representability errors for untyped constants:
// integers are limited to 512 bits, conversions name what went wrong.

const big = 1 << 511

func main() {
	const a = big * 2        // ERROR "constant multiplication overflow"
	const b = big + big      // ERROR "constant addition overflow"
	const c = -big - big - 1 // ERROR "constant subtraction overflow"
	var d = 1 << 512         // ERROR "constant shift overflow"
	var e int8 = 1000.0      // ERROR "cannot use 1000.0 [(]untyped float constant 1000[)] as int8 value in variable declaration [(]truncated[)]"
	var f int = 1e100        // ERROR "cannot use 1e100 [(]untyped float constant 1e[+]100[)] as int value in variable declaration [(]truncated[)]"
	var g float32 = 1e39     // ERROR "cannot use 1e39 [(]untyped float constant 1e[+]39[)] as float32 value in variable declaration [(]overflows[)]"
	var h int = 1.0 / 3      // ERROR "cannot use 1.0 / 3 [(]untyped float constant 0.333333[)] as int value in variable declaration [(]truncated[)]"
	var i float64 = 0x1p1024 // ERROR "cannot use 0x1p1024 [(]untyped float constant 1.79769e[+]308[)] as float64 value in variable declaration [(]overflows[)]"
	fmt.Println(a, b, c, d, e, f, g, h, i)
}
