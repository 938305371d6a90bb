package main

import "fmt"

func run() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var f func()
	defer f()
	fmt.Println("body runs")
}

func main() {
	run()
	fmt.Println("after")
}

// Output:
// body runs
// recovered: runtime error: invalid memory address or nil pointer dereference
// after
