// hello.go - the first program: run it with `golem run examples/hello.go`.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	for i, lang := range []string{"Go", "golem"} {
		fmt.Printf("%d. hello from %s\n", i+1, lang)
	}
}
