package main

import (
	"errors"
	"fmt"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty string")
	}
	return len(s), nil
}

func main() {
	fmt.Println(Must(parse("abc")))
	fmt.Println(Must(parse("")))
}

// Output:
// 3
// Panic: panic: empty string
// Exit: 2
