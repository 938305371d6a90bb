package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

type CodeError struct {
	Code int
	Err  error
}

func (e *CodeError) Error() string { return fmt.Sprintf("code %d: %v", e.Code, e.Err) }
func (e *CodeError) Unwrap() error { return e.Err }

type TempError struct{}

func (TempError) Error() string   { return "temporary" }
func (TempError) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

type MatchAll struct{}

func (MatchAll) Error() string        { return "match-all" }
func (MatchAll) Is(target error) bool { return target == ErrBase }

func layer(n int) error {
	if n == 0 {
		return ErrBase
	}
	if n == 2 {
		return &CodeError{500, layer(n - 1)}
	}
	return fmt.Errorf("layer %d: %w", n, layer(n-1))
}

func main() {
	err := layer(4)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase))
	var ce *CodeError
	if errors.As(err, &ce) {
		fmt.Println("found code", ce.Code, "inner:", ce.Err)
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T\n", e)
	}
	t := fmt.Errorf("op: %w", TempError{})
	var tmp temporary
	fmt.Println(errors.As(t, &tmp), tmp.Temporary())
	fmt.Println(errors.Is(MatchAll{}, ErrBase), errors.Is(fmt.Errorf("x: %w", MatchAll{}), ErrBase))
	fmt.Println(errors.Is(nil, ErrBase), errors.Unwrap(ErrBase) == nil)
	plain := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(plain, errors.Is(plain, ErrBase))
	var target *CodeError
	fmt.Println(errors.As(ErrBase, &target), target == nil)
}

// Output:
// layer 4: layer 3: code 500: layer 1: base failure
// true
// found code 500 inner: layer 1: base failure
// *fmt.wrapError
// *fmt.wrapError
// *main.CodeError
// *fmt.wrapError
// *errors.errorString
// true true
// true true
// false true
// no wrap: base failure false
// false true
