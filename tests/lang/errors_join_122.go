//go:build go1.22

package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB))
	fmt.Println(errors.Join(nil, nil) == nil)
	w := fmt.Errorf("both: %w and %w", ErrA, ErrB)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrA), errors.Is(w, ErrB), errors.Unwrap(w) == nil)
}

// Output:
// a failed
// b failed
// true true
// true
// both: a failed and b failed
// true true true
