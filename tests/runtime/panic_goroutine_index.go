// A runtime error in a goroutine while main sleeps ends the program.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main sleeping")
	go func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("unreachable")
}

// Output:
// main sleeping
// Panic: panic: runtime error: index out of range [5] with length 3
// Exit: 2
