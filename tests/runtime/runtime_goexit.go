// runtime.Goexit ends the calling goroutine after running its deferred
// calls; recover returns nil during it; other goroutines go on.
package main

import (
	"fmt"
	"runtime"
)

func work(out chan<- string) {
	defer func() {
		out <- fmt.Sprint("deferred, recover() = ", recover())
		close(out)
	}()
	func() {
		defer func() { out <- "inner defer" }()
		runtime.Goexit()
	}()
	out <- "unreachable"
}

func main() {
	out := make(chan string, 10)
	go work(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("main continues")
}

// Output:
// inner defer
// deferred, recover() = <nil>
// main continues
