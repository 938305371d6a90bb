package main

import "fmt"

const m8 int8 = 100

func main() {
	fmt.Println(m8 * 2)      // ERROR "overflows"
	fmt.Println(uint8(255) + 1) // ERROR "overflows"
	const c int64 = 1 << 62
	fmt.Println(c * 4)  // ERROR "overflows"
	fmt.Println(m8 + 27)
}
