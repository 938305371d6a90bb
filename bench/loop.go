package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 6000; i++ {
		for j := 0; j < 10000; j++ {
			sum += (i*j + i) % 7
		}
	}
	fmt.Println("loop sum =", sum)
}
