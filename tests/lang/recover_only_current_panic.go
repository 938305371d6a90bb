package main

import "fmt"

func cleanup() {
	defer func() {
		fmt.Println("cleanup's own recover:", recover())
	}()
	panic("cleanup panic")
}

func work() {
	defer func() {
		fmt.Println("work recover:", recover())
	}()
	defer cleanup()
	panic("work panic")
}

func main() {
	work()
	fmt.Println("main ok")
}

// Output:
// cleanup's own recover: cleanup panic
// work recover: work panic
// main ok
