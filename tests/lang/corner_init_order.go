package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = initC()
)

func f() int {
	fmt.Println("f called")
	return 10
}

func initC() string {
	fmt.Println("initC, a =", a)
	return "c"
}

func init() {
	fmt.Println("init 1", a, b, c)
}

func init() {
	fmt.Println("init 2")
	b = 100
}

func main() {
	fmt.Println("main", a, b, c)
}

// Output:
// f called
// initC, a = 11
// init 1 11 10 c
// init 2
// main 11 100 c
