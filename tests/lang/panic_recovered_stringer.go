package main

import "fmt"

type State struct{ name string }

func (s *State) String() string { return "state(" + s.name + ")" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic(&State{"bad"})
}

// Output:
// got state(bad)
// Panic: panic: state(bad) [recovered]
// Exit: 2
