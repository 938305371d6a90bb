package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Err   error
}

func (e QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e QueryError) Unwrap() error { return e.Err }

var ErrTimeout = errors.New("timeout")

func main() {
	var err error = QueryError{"SELECT 1", ErrTimeout}
	err = fmt.Errorf("db: %w", err)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout))
	var qe QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	var pq *QueryError
	fmt.Println(errors.As(err, &pq))
}

// Output:
// db: query SELECT 1: timeout
// true
// query was SELECT 1
// false
