package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func find(db map[string]int, key string) (int, error) {
	v, ok := db[key]
	if !ok {
		return 0, fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func parse(line int, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{line, err.Error()}
	}
	return n, nil
}

func main() {
	db := map[string]int{"a": 1}
	if _, err := find(db, "b"); err != nil {
		fmt.Println(err)
		fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
		fmt.Println(errors.Unwrap(err) == ErrNotFound)
	}
	v, err := find(db, "a")
	fmt.Println(v, err)
	_, err = parse(3, "x1")
	fmt.Println(err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line)
	}
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.As(wrapped, &pe), pe.Msg)
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
}

// Output:
// find "b": not found
// true false
// true
// 1 <nil>
// line 3: strconv.Atoi: parsing "x1": invalid syntax
// line 3
// outer: line 3: strconv.Atoi: parsing "x1": invalid syntax
// true strconv.Atoi: parsing "x1": invalid syntax
// false true
// x|x|"x"
