package main

import "fmt"

func f() {
	defer func() {
		r1 := recover()
		r2 := recover()
		fmt.Println("first:", r1, "second:", r2)
	}()
	panic("once")
}

func main() {
	f()
	defer func() { fmt.Println("main defer recover:", recover()) }()
	fmt.Println("end of main")
}

// Output:
// first: once second: <nil>
// end of main
// main defer recover: <nil>
