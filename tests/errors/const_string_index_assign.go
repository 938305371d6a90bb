package main

func main() {
	const big = 1 << 62
	var x int32 = big // ERROR "overflows|cannot use big"
	const f = 1e400   // ok as untyped
	var y float64 = f // ERROR "overflows|cannot use f"
	_, _ = x, y
}
