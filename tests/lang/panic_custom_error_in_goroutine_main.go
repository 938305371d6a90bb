package main

import "fmt"

type Fatal struct{ Reason string }

func (f *Fatal) Error() string { return "fatal: " + f.Reason }

func check(n int) {
	if n > 2 {
		panic(&Fatal{fmt.Sprint("n=", n)})
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println("check", i)
		check(i)
	}
}

// Output:
// check 0
// check 1
// check 2
// check 3
// Panic: panic: fatal: n=3
// Exit: 2
