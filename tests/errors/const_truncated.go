package main

func main() {
	var i int = 2.5     // ERROR "truncated|cannot use 2.5"
	const c int = 1.0   // fine
	var r rune = 'a' + 0.5 // ERROR "truncated|cannot use"
	_, _ = i, r
	_ = c
}
