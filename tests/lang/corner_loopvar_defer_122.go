//go:build go1.22

package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("defer", i) }()
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Println(*p)
	}
}

// Output:
// 0
// 1
// 2
// defer 2
// defer 1
// defer 0
