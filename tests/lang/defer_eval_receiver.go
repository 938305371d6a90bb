package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func get(name string) Logger {
	fmt.Println("get", name)
	return Logger{name + ": "}
}

func arg(s string) string {
	fmt.Println("arg", s)
	return s
}

func main() {
	defer get("first").Log(arg("one"))
	defer get("second").Log(arg("two"))
	fmt.Println("body")
}

// Output:
// get first
// arg one
// get second
// arg two
// body
// second: two
// first: one
