package main

type T struct {
	name string
	tags []string
}

func main() {
	a, b := T{}, T{}
	_ = a == b // ERROR "cannot be compared|struct containing \[\]string cannot be compared|invalid operation"
	m := map[T]int{} // ERROR "invalid map key type T"
	_ = m
}
