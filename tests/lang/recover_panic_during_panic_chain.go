package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("final recover:", r)
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
			panic("third")
		}()
		panic("second")
	}()
	panic("first")
}

// Output:
// inner recover: second
// final recover: third
