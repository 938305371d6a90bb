package main

func f() int {
	for {
		break
	}
} // ERROR "missing return"

func g(n int) int {
	for n > 0 {
		return n
	}
} // ERROR "missing return"

func h(ch chan int) int {
	select {
	case v := <-ch:
		return v
	default:
	}
} // ERROR "missing return"

func main() {
	_ = f() + g(1) + h(nil)
}
