package main

import "fmt"

func main() {
	_ = 1
	x := _         // ERROR "cannot use _ as value"
	fmt.Println(_) // ERROR "cannot use _ as value"
	_ = x
}
