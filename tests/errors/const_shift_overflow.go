package main

func main() {
	x := 1 << 70 // ERROR "overflows|cannot use"
	var y int32 = 1 << 31 // ERROR "overflows|cannot use"
	_, _ = x, y
}
