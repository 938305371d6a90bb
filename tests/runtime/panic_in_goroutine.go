// A goroutine's unrecovered panic ends the whole program.
package main

import "fmt"

func main() {
	fmt.Println("start")
	done := make(chan bool)
	go func() {
		var m map[string]int
		m["x"] = 1
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}

// Output:
// start
// Panic: panic: assignment to entry in nil map
// Exit: 2
