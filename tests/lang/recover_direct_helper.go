package main

import "fmt"

func handler(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "handled", r)
	}
}

func work(n int) {
	defer handler("work")
	if n > 1 {
		panic(fmt.Sprintf("too big: %d", n))
	}
	fmt.Println("work ok", n)
}

func main() {
	work(1)
	work(5)
	fmt.Println("main continues")
}

// Output:
// work ok 1
// work handled too big: 5
// main continues
