package main

import "fmt"

func main() {
	set := map[interface{}]bool{}
	set[struct{ a int }{1}] = true
	fmt.Println(len(set))
	set[func() {}] = true
}

// Output:
// 1
// Panic: panic: runtime error: hash of unhashable type func()
// Exit: 2
