package main

func Add[T any](a, b T) T {
	return a + b // ERROR "operator [+] not defined|cannot add|invalid operation"
}

func Less[T comparable](a, b T) bool {
	return a < b // ERROR "invalid operation|cannot compare|not defined"
}

func main() {
	_ = Add(1, 2)
	_ = Less(1, 2)
}
