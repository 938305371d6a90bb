package main

func f(b bool) int {
	if b {
		return 1
	}
} // ERROR "missing return"

func g(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func main() {
	_ = f(true) + g(1)
}
