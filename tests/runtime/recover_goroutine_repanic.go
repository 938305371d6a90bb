// A goroutine recovers one panic and raises another, unrecovered: the
// program reports the second (with the first marked recovered only when
// still on the chain).
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
				panic(fmt.Sprint("re-panic after ", r))
			}
		}()
		panic("first")
	}()
	<-done
}

// Output:
// recovered first
// Panic: panic: first [recovered]
// Exit: 2
