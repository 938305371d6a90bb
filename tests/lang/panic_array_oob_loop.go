package main

import "fmt"

func main() {
	a := [3]string{"x", "y", "z"}
	for i := 0; i <= len(a); i++ {
		fmt.Println(a[i])
	}
}

// Output:
// x
// y
// z
// Panic: panic: runtime error: index out of range [3] with length 3
// Exit: 2
