package main

import "fmt"

type Greeter interface{ Greet(string) string }

type En struct{ excl bool }

func (e En) Greet(n string) string {
	if e.excl {
		return "Hello, " + n + "!"
	}
	return "Hello, " + n
}

func main() {
	var g Greeter = En{}
	f := g.Greet
	g = En{true}
	fmt.Println(f("a"), g.Greet("b"))
	h := Greeter.Greet
	fmt.Println(h(En{true}, "c"))
	fs := []func(string) string{En{}.Greet, En{true}.Greet}
	for _, fn := range fs {
		fmt.Println(fn("d"))
	}
}

// Output:
// Hello, a Hello, b!
// Hello, c!
// Hello, d
// Hello, d!
