package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after", r)
			panic(fmt.Errorf("fatal: %v", r))
		}
	}()
	panic(errors.New("root"))
}

// Output:
// cleanup after root
// Panic: panic: root [recovered]
// Exit: 2
