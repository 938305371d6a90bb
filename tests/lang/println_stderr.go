package main

import "fmt"

func main() {
	println("to stderr", 1, true)
	print("also stderr\n")
	fmt.Println("only this is on stdout")
	println()
	x := 3.5
	println(x, "done")
	fmt.Println("second stdout line")
}

// Output:
// only this is on stdout
// second stdout line
