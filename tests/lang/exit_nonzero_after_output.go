package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 1; i <= 3; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	os.Exit(1)
}

// Output:
// line 1
// line 2
// line 3
// Exit: 1
