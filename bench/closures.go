package main

import "fmt"

func makeAdder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func makeCounter() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	adders := make([]func(int) int, 10)
	for i := range adders {
		adders[i] = makeAdder(i)
	}
	inc, get := makeCounter()
	sum := 0
	for i := 0; i < 3000000; i++ {
		sum = adders[i%10](sum) % 1000003
		sum = apply(func(x int) int { return x + i%3 }, sum)
		inc()
	}
	fmt.Println("closures", sum, get())
}
