package main

import (
	"fmt"
	"os"
)

func run() int {
	defer fmt.Println("cleanup in run")
	fmt.Println("working")
	return 0
}

func main() {
	code := run()
	if code == 0 {
		fmt.Println("success path, exiting with status 0 explicitly")
		os.Exit(0)
	}
	fmt.Println("not reached")
}

// Output:
// working
// cleanup in run
// success path, exiting with status 0 explicitly
