package main

type List[T any] struct{ items []T }

func (l List[T]) Map[U any](f func(T) U) []U { // ERROR "methods cannot have type parameters|method must have no type parameters"
	return nil
}

func main() {}
