package main

import "fmt"

var trace []string

func f(n int) {
	defer func() { trace = append(trace, fmt.Sprint("f", n)) }()
	if n == 3 {
		panic(fmt.Sprint("at ", n))
	}
	f(n + 1)
}

func main() {
	func() {
		defer func() {
			trace = append(trace, fmt.Sprint("recovered ", recover()))
		}()
		f(0)
	}()
	for _, t := range trace {
		fmt.Println(t)
	}
}

// Output:
// f3
// f2
// f1
// f0
// recovered at 3
