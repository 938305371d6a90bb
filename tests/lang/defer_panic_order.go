package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer 1")
	defer fmt.Println("inner defer 2")
	panic("boom")
}

func outer() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("recovered: ", r)
	}()
	defer fmt.Println("outer defer")
	inner()
	return "normal"
}

func main() {
	fmt.Println(outer())
}

// Output:
// inner defer 2
// inner defer 1
// outer defer
// recovered: boom
