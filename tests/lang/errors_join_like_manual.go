package main

import (
	"errors"
	"fmt"
)

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

var ErrBase = errors.New("base")

func main() {
	e := &wrapErr{"outer", &wrapErr{"inner", ErrBase}}
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrBase))
	var w *wrapErr
	fmt.Println(errors.As(e, &w), w.msg)
	fmt.Println(errors.Unwrap(errors.Unwrap(e)) == ErrBase)
	var nilErr *wrapErr
	fmt.Println(errors.Is(e, nilErr))
}

// Output:
// outer: inner: base
// true
// true outer
// true
// false
