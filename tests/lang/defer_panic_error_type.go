package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseErr struct {
	Input string
	Err   error
}

func (p *ParseErr) Error() string { return "parse " + strconv.Quote(p.Input) + ": " + p.Err.Error() }
func (p *ParseErr) Unwrap() error { return p.Err }

func parseAll(xs []string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	for _, x := range xs {
		n, e := strconv.Atoi(x)
		if e != nil {
			panic(&ParseErr{x, e})
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	fmt.Println(parseAll([]string{"1", "22", "333"}))
	out, err := parseAll([]string{"4", "x5", "6"})
	fmt.Println(out, err)
	var pe *ParseErr
	fmt.Println(errors.As(err, &pe), pe.Input)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
}

// Output:
// [1 22 333] <nil>
// [4] parse "x5": strconv.Atoi: parsing "x5": invalid syntax
// true x5
// true Atoi true
