package main

import "fmt"

func safe(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("safe caught:", r)
		}
	}()
	f()
}

func main() {
	safe(func() { panic("one") })
	safe(func() { panic(2) })
	safe(func() {})
	var arr []int
	fmt.Println("now unprotected")
	_ = arr[0]
}

// Output:
// safe caught: one
// safe caught: 2
// now unprotected
// Panic: panic: runtime error: index out of range [0] with length 0
// Exit: 2
