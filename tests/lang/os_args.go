package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	sum := 0
	for i, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Printf("arg %d: %q is not a number\n", i, a)
			continue
		}
		sum += n
	}
	fmt.Println("sum:", sum)
	fmt.Println(len(os.Args) > 0)
}

// Args: 10 20 x 12

// Output:
// 4
// arg 2: "x" is not a number
// sum: 42
// true
