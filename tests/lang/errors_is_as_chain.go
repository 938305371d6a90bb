package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(p string) error {
	return fmt.Errorf("open failed: %w", &PathError{p, ErrNotFound})
}

func main() {
	err := open("/tmp/x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path)
	}
	fmt.Println(errors.Unwrap(err) == error(pe))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
}

// Output:
// open failed: /tmp/x: not found
// true
// path: /tmp/x
// true
// true
// true
