package main

import (
	"errors"
	"fmt"
	"strings"
)

type MultiErr []error

func (m MultiErr) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func check(xs []int) error {
	var errs MultiErr
	for i, x := range xs {
		if x < 0 {
			errs = append(errs, fmt.Errorf("item %d negative (%d)", i, x))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	fmt.Println(check([]int{1, 2}))
	err := check([]int{-1, 2, -3})
	fmt.Println(err)
	var me MultiErr
	fmt.Println(errors.As(err, &me), len(me))
}

// Output:
// <nil>
// item 0 negative (-1); item 2 negative (-3)
// true 2
