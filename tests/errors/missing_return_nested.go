package main

func f(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func g(x int) (r int) {
	for i := 0; i < x; i++ {
		return i
	}
} // ERROR "missing return"

func h(x int) int {
	{
		return x
	}
}

func k(x int) int {
L:
	for {
		if x > 5 {
			break L
		}
		return x
	}
} // ERROR "missing return"

func main() {
	_ = f(1) + g(1) + h(1) + k(1)
}
