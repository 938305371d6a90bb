//go:build go1.22

package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(v) * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 0
// 1
// 2
// 10
// 10
