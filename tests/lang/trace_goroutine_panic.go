// A goroutine's unrecovered panic ends the program with status 2 even
// while main waits (tests/trace/goroutine.go checks the whole trace).
package main

import "fmt"

type task struct {
	name  string
	steps []string
}

func run(t task, done chan<- bool) {
	fmt.Println("running", t.name)
	fmt.Println(t.steps[len(t.steps)])
	done <- true
}

func main() {
	done := make(chan bool)
	go run(task{"build", []string{"compile", "link"}}, done)
	<-done
	fmt.Println("unreachable")
}

// Output:
// running build
// Panic: panic: runtime error: index out of range [2] with length 2
// Exit: 2
