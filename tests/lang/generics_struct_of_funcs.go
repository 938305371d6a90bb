package main

import (
	"fmt"
	"strings"
)

type Codec[T any] struct {
	Encode func(T) string
	Decode func(string) (T, error)
}

func RoundTrip[T any](c Codec[T], v T) (T, error) {
	return c.Decode(c.Encode(v))
}

func main() {
	upper := Codec[string]{
		Encode: strings.ToUpper,
		Decode: func(s string) (string, error) { return strings.ToLower(s), nil },
	}
	fmt.Println(RoundTrip(upper, "Hello"))
	boolC := Codec[bool]{
		Encode: func(b bool) string { return fmt.Sprint(b) },
		Decode: func(s string) (bool, error) {
			switch s {
			case "true":
				return true, nil
			case "false":
				return false, nil
			}
			return false, fmt.Errorf("bad bool %q", s)
		},
	}
	fmt.Println(RoundTrip(boolC, true))
	_, err := boolC.Decode("maybe")
	fmt.Println(err)
}

// Output:
// hello <nil>
// true <nil>
// bad bool "maybe"
