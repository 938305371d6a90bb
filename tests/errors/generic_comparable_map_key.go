package main

type Set[T any] map[T]bool // ERROR "invalid map key type T"

func Keys[K any, V any](m map[K]V) []K { // ERROR "invalid map key type K"
	return nil
}

func main() {}
