package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return e.msg }

// matchAny claims to be every *ptrErr through its own Is method.
type matchAny struct{}

func (matchAny) Error() string { return "matchAny" }
func (matchAny) Is(target error) bool {
	_, ok := target.(*ptrErr)
	return ok
}

// asTarget fills a *codeErr through its own As method.
type asTarget struct{ v int }

func (a asTarget) Error() string { return "asTarget" }
func (a asTarget) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		p.code = a.v
		return true
	}
	return false
}

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

// uncomparable error type (a slice field): errors.Is must not panic.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2), errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil))
	fmt.Printf("%v %s %q %T\n", e1, e1, e1, e1)

	w := fmt.Errorf("ctx: %w", e1)
	ww := wrapper{"outer", w}
	fmt.Println(ww, errors.Is(ww, e1), errors.Is(ww, e2), errors.Unwrap(ww) == w, errors.Unwrap(errors.Unwrap(ww)) == e1, errors.Unwrap(e1))

	var ce codeErr
	fmt.Println(errors.As(wrapper{"w", codeErr{7}}, &ce), ce.code)
	var pe *ptrErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", &ptrErr{"p"}), &pe), pe.msg)
	fmt.Println(errors.As(e1, &pe), errors.Is(codeErr{1}, codeErr{1}), errors.Is(codeErr{1}, codeErr{2}))
	fmt.Println(errors.Is(matchAny{}, &ptrErr{"any"}), errors.Is(wrapper{"m", matchAny{}}, &ptrErr{}))
	fmt.Println(errors.As(wrapper{"a", asTarget{99}}, &ce), ce.code)
	var iface interface{ Unwrap() error }
	fmt.Println(errors.As(ww, &iface), iface != nil)
	fmt.Println(errors.Is(sliceErr{"a"}, sliceErr{"a"}), errors.Is(wrapper{"s", sliceErr{"x"}}, e1))

	// errors.Join (Go 1.20) is tested in tests/lang/errors_join_122.go.

	// os errors through errors.Is
	_, err := os.Open("tests/data/no-such-file")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist), os.IsNotExist(err))
	var pathErr *fs.PathError
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, pathErr.Path, pathErr.Err)
	err = os.Mkdir("tests", 0o755)
	fmt.Println(err, errors.Is(err, fs.ErrExist), os.IsExist(err))
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", err), os.ErrExist))
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, errors.Is(fmt.Errorf("r: %w", io.EOF), io.EOF))
}

// Output:
// boom false true false true false false
// boom boom "boom" *errors.errorString
// outer: ctx: boom true false true true <nil>
// true 7
// true p
// false true false
// true true
// true 99
// true true
// false false
// open tests/data/no-such-file: no such file or directory
// true true false true
// true open tests/data/no-such-file no such file or directory
// mkdir tests: file exists true true
// true
// EOF unexpected EOF true
