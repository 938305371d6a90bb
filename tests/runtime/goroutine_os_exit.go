// os.Exit from a goroutine ends the program at once with its status;
// deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main's defer does not run")
	go func() {
		fmt.Println("exiting from a goroutine")
		os.Exit(3)
	}()
	select {}
}

// Output:
// exiting from a goroutine
// Exit: 3
