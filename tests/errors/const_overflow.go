package main

const big = 1 << 100

func main() {
	var b byte = 256    // ERROR "overflows"
	var i8 int8 = -129  // ERROR "overflows"
	var u uint = -1     // ERROR "overflows|negative"
	x := big            // ERROR "overflows"
	var i32 int32 = 1 << 31 // ERROR "overflows"
	_, _, _, _, _ = b, i8, u, x, i32
}
