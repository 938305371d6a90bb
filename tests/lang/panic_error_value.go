package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(errors.New("something failed"))
}

// Output:
// start
// Panic: panic: something failed
// Exit: 2
