package main

import "fmt"

type OpError struct{ Op string }

func (e *OpError) Error() string { return "op failed: " + e.Op }

func do() error { return &OpError{"write"} }

func main() {
	err := do()
	fmt.Println(err)
	panic(err)
}

// Output:
// op failed: write
// Panic: panic: op failed: write
// Exit: 2
