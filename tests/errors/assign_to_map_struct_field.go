package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1 // ERROR "cannot assign to struct field m\[.a.\].X in map|cannot assign"
	"abc"[0] = 'x' // ERROR "cannot assign to"
}
