package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("base")
}

func count() (i int) {
	for j := 0; j < 3; j++ {
		defer func() { i++ }()
	}
	return 10
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(wrap())
	fmt.Println(count())
	fmt.Println(unnamed())
}

// Output:
// 42
// wrap: base
// 13
// 5
