package main

import "fmt"

func walk(n int) {
	if n == 0 {
		return
	}
	defer fmt.Println("leave", n)
	fmt.Println("enter", n)
	walk(n - 1)
}

func main() {
	walk(4)
}

// Output:
// enter 4
// enter 3
// enter 2
// enter 1
// leave 1
// leave 2
// leave 3
// leave 4
