package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	fmt.Println("golem", 1, true, 2.5)
	fmt.Print("no", "space", 1, 2, "x", "\n")
	fmt.Printf("%s has %d letters\n", "golem", len("golem"))
}

// Output:
// Hello, world!
// golem 1 true 2.5
// nospace1 2x
// golem has 5 letters
