// Package fmt: formatted I/O with Go's verbs. The formatting engine is
// native (stdlib/fmt/*.c): it walks operands through their run-time type
// descriptors and calls their Error/String/GoString methods.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method receives.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values with a custom formatter.
type Formatter interface {
	Format(f State, verb rune)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats like Sprintf with %w allowed; bit i of wrapped is set
// when operand i was printed with %w.
func errorf(format string, a []any) (s string, wrapped uint64)

// Errorf formats according to a format specifier and returns the string
// as an error. Operands printed with %w are wrapped: the result has an
// Unwrap method returning them.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	if wrapped == 0 {
		return errors.New(s)
	}
	var errs []error
	count := 0
	for i := 0; i < len(a) && i < 64; i++ {
		if wrapped&(1<<uint(i)) != 0 {
			count++
			if e, ok := a[i].(error); ok {
				errs = append(errs, e)
			}
		}
	}
	if count == 1 {
		var err error
		if len(errs) == 1 {
			err = errs[0]
		}
		return &wrapError{s, err}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// fmtState is the State a Formatter's Format method writes to.
type fmtState struct {
	buf    []byte
	wid    int
	prec   int
	widOK  bool
	precOK bool
	flags  string
}

func (s *fmtState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *fmtState) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *fmtState) Width() (int, bool) { return s.wid, s.widOK }

func (s *fmtState) Precision() (int, bool) { return s.prec, s.precOK }

func (s *fmtState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// formatHook keeps callFormat in the program: only the printer (C) calls
// it, by name, so nothing in Go would otherwise refer to it.
var formatHook = callFormat

// callFormat runs x's Format method with the verb's width, precision and
// flags; the printer (stdlib/fmt/print.c) calls it for every operand whose
// type has a Format method and splices the result into its output.
func callFormat(x any, verb rune, wid, prec int, widOK, precOK bool, flags string) string {
	st := &fmtState{wid: wid, prec: prec, widOK: widOK, precOK: precOK, flags: flags}
	x.(Formatter).Format(st, verb)
	return string(st.buf)
}

// FormatString rebuilds the directive a Formatter was called for: '%',
// the flags set (in the order " +-#0"), width, precision and the verb
// (Go 1.20).
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendDecimal(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendDecimal(b, p)
	}
	return string(b) + string(verb)
}

func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}
