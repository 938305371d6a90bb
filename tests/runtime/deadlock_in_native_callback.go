// A String method blocks forever on a receive while fmt formats it: the
// goroutine waits pinned to its thread, and Go's deadlock report still
// comes.
package main

import "fmt"

type stuck struct{ c chan string }

func (s stuck) String() string { return <-s.c }

func main() {
	fmt.Println("before")
	fmt.Println(stuck{make(chan string)})
}

// Output:
// before
// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
