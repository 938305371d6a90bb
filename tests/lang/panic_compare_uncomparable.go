package main

import "fmt"

func main() {
	var a interface{} = 1
	var b interface{} = 1
	fmt.Println(a == b)
	var c interface{} = []int{1}
	var d interface{} = []int{1}
	fmt.Println(c == d)
}

// Output:
// true
// Panic: panic: runtime error: comparing uncomparable type []int
// Exit: 2
