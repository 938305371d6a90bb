package main

import (
	"errors"
	"fmt"
)

var ErrRoot = errors.New("root cause")

func layer(n int) error {
	if n == 0 {
		return ErrRoot
	}
	return fmt.Errorf("layer %d: %w", n, layer(n-1))
}

func main() {
	err := layer(3)
	fmt.Println(err)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("depth", depth)
	fmt.Println(errors.Is(err, ErrRoot), errors.Is(err, errors.New("root cause")))
	fmt.Println(errors.Is(nil, ErrRoot), errors.Is(nil, nil))
}

// Output:
// layer 3: layer 2: layer 1: root cause
// depth 4
// true false
// false true
