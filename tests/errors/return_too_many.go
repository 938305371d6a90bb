package main

func f() {
	return 1 // ERROR "too many return values"
}

func g() (int, error) {
	return 1 // ERROR "not enough return values"
}

func main() {
	f()
	_, _ = g()
}
