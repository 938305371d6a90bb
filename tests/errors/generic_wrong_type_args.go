package main

type Box[T any] struct{ v T }

func Id[T any](v T) T { return v }

func main() {
	var a Box            // ERROR "cannot use generic type Box.* without instantiation"
	var b Box[int, int]  // ERROR "got 2 (type )?arguments|too many type arguments"
	_ = Id[int]("s")     // ERROR "cannot use .s. .*as int"
	_, _ = a, b
}
