package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b) // ERROR "invalid operation: a [+] b [(]mismatched types int and string[)]"
	var x int32 = 1
	var y int64 = 2
	fmt.Println(x * y) // ERROR "invalid operation: x [*] y [(]mismatched types int32 and int64[)]"
	var f float64 = 1
	fmt.Println(f == a) // ERROR "invalid operation: f == a [(]mismatched types float64 and int[)]"
}
