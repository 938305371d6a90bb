package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit")
	defer fmt.Println("deferred calls do not run on os.Exit")
	os.Exit(3)
}

// Output:
// about to exit
// Exit: 3
