package main

import "fmt"

type Reason struct{ code int }

func (r Reason) String() string { return fmt.Sprintf("reason #%d", r.code) }

func main() {
	fmt.Println("before")
	panic(Reason{7})
}

// Output:
// before
// Panic: panic: reason #7
// Exit: 2
