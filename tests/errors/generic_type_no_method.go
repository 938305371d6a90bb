package main

type Box[T any] struct{ v T }

func Show[T any](v T) string {
	return v.String() // ERROR "v.String undefined"
}

func main() {
	b := Box[int]{1}
	_ = b.w // ERROR "b.w undefined"
	_ = Show(1)
}
