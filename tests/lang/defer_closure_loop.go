package main

import "fmt"

func main() {
	var fs []func() int
	acc := 0
	for i := 0; i < 3; i++ {
		v := i * 10
		fs = append(fs, func() int { return v })
		defer func() { acc += v; fmt.Println("defer sees", v, "acc", acc) }()
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 0
// 10
// 20
// defer sees 20 acc 20
// defer sees 10 acc 30
// defer sees 0 acc 30
