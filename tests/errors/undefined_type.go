package main

var a Foo // ERROR "undefined: Foo"

func f(b Bar) int { // ERROR "undefined: Bar"
	return 0
}

func main() {
	_ = f
}
