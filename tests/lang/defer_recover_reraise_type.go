package main

import (
	"errors"
	"fmt"
)

var errKnown = errors.New("known")

func guarded(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			if errors.Is(r, errKnown) {
				err = r
				return
			}
			err = fmt.Errorf("unexpected error: %w", r)
		case string:
			err = errors.New("string panic: " + r)
		default:
			err = fmt.Errorf("panic of type %T: %v", r, r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(guarded(func() {}))
	fmt.Println(guarded(func() { panic(errKnown) }))
	fmt.Println(guarded(func() { panic(fmt.Errorf("x: %w", errKnown)) }))
	fmt.Println(guarded(func() { panic(errors.New("other")) }))
	fmt.Println(guarded(func() { panic("s") }))
	fmt.Println(guarded(func() { panic(1.5) }))
	fmt.Println(guarded(func() { var a []int; a[1]++ }))
}

// Output:
// <nil>
// known
// x: known
// unexpected error: other
// string panic: s
// panic of type float64: 1.5
// unexpected error: runtime error: index out of range [1] with length 0
