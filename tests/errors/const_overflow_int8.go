package main

func main() {
	var a int8 = 128 // ERROR "overflows|cannot use 128"
	var b uint = -1  // ERROR "overflows|cannot use -1"
	const c uint8 = 255 + 1 // ERROR "overflows|constant 256"
	_, _ = a, b
}
