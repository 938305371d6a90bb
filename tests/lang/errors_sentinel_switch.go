package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty = errors.New("empty input")
	ErrLong  = errors.New("too long")
)

func validate(s string) error {
	switch {
	case s == "":
		return ErrEmpty
	case len(s) > 5:
		return fmt.Errorf("validate %q: %w", s, ErrLong)
	}
	return nil
}

func main() {
	for _, s := range []string{"", "abc", "abcdefgh"} {
		err := validate(s)
		switch {
		case err == nil:
			fmt.Println("ok", s)
		case errors.Is(err, ErrEmpty):
			fmt.Println("empty:", err)
		case errors.Is(err, ErrLong):
			fmt.Println("long:", err)
		}
	}
}

// Output:
// empty: empty input
// ok abc
// long: validate "abcdefgh": too long
