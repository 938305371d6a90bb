package main

import "fmt"

// Constant shifts are bounded (gc allows counts up to 1074, enough for
// 0x1p-1074), and an untyped constant that cannot take its default type
// is reported in the context where it appears.

func main() {
	var a = 1 << 1075 >> 1075  // ERROR "invalid operation: invalid shift count 1075 [(]untyped int constant[)]"
	var b = 1e1000             // ERROR "cannot use 1e1000 [(]untyped float constant 1e[+]1000[)] as float64 value in variable declaration [(]overflows[)]"
	c := 0x1p-1080 * 0x1p1100 // fine: exact
	d := 1e400000000          // ERROR "cannot use 1e400000000 [(]untyped float constant 1e[+]400000000[)] as float64 value in (assignment|variable declaration) [(]overflows[)]"
	var e int64 = 1e19        // ERROR "cannot use 1e19 [(]untyped float constant 1e[+]19[)] as int64 value in variable declaration [(]truncated[)]"
	var f uint = -1           // ERROR "cannot use -1 [(]untyped int constant[)] as uint value in variable declaration [(]overflows[)]"
	const g = 1.0000001
	var h int = g // ERROR "cannot use g [(]untyped float constant 1(.0000001)?[)] as int value in variable declaration [(]truncated[)]"
	fmt.Println(a, b, c, d, e, f, h)
}
