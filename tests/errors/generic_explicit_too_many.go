package main

func Pair[A, B any](a A, b B) {}

func main() {
	Pair[int, string, bool](1, "a") // ERROR "got 3 type arguments|too many type arguments"
	Pair[int](1, 2)
}
