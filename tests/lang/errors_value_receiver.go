package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

func get(n int) error {
	if n > 0 {
		return CodeErr{n}
	}
	return nil
}

func main() {
	err := get(3)
	fmt.Println(err)
	var ce CodeErr
	fmt.Println(errors.As(err, &ce), ce.Code)
	fmt.Println(errors.Is(err, CodeErr{3}), errors.Is(err, CodeErr{4}))
	fmt.Println(get(0) == nil)
	wrapped := fmt.Errorf("outer: %w", err)
	var ce2 CodeErr
	fmt.Println(errors.As(wrapped, &ce2), ce2.Code, wrapped)
}

// Output:
// code 3
// true 3
// true false
// true
// true 3 outer: code 3
