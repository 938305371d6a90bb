// A panic while a package-level variable is initialised: Go runs the
// initialisers from a generated main.init function, which the trace
// shows below the (inlined) function that panicked.
package main

import "fmt"

func load(name string) int {
	var m map[string]int
	m[name] = 1
	return 2
}

var config = load("cfg")

func main() {
	fmt.Println(config)
}
