package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func (r Result[T]) Or(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func main() {
	r := Try(strconv.Atoi("42"))
	fmt.Println(r.Unwrap(), r.Or(0))
	bad := Try(strconv.Atoi("x"))
	fmt.Println(bad.Or(-1), bad.Err)
	half := Then(r, func(n int) (float64, error) {
		if n%2 != 0 {
			return 0, errors.New("odd")
		}
		return float64(n) / 2, nil
	})
	fmt.Println(half.Unwrap())
	chained := Then(bad, func(n int) (string, error) { return fmt.Sprint(n), nil })
	fmt.Printf("%q %v\n", chained.Val, chained.Err)
	defer func() { fmt.Println("recovered:", recover()) }()
	bad.Unwrap()
}

// Output:
// 42 42
// -1 strconv.Atoi: parsing "x": invalid syntax
// 21
// "" strconv.Atoi: parsing "x": invalid syntax
// recovered: strconv.Atoi: parsing "x": invalid syntax
