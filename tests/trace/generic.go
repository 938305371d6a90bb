// Generic functions and methods of generic types print as main.Must[...]
// and main.(*Stack[...]).Pop (Go's dictionary argument is not shown);
// gc 1.19 does not inline them.
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	last := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return last, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	s := &Stack[string]{items: []string{"a"}}
	fmt.Println(Must(s.Pop()))
	fmt.Println(Must(s.Pop()))
}
