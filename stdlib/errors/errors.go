// Package errors: error values, wrapping and inspection (Is, As, Unwrap,
// Join). Written in Go except for the two type tests that need the
// run-time type descriptors (stdlib/errors/errors.c).
package errors

// New returns an error whose Error method returns text; each call gives a
// distinct value.
func New(text string) error {
	return &errorString{text}
}

// ErrUnsupported reports that an operation cannot be performed because it
// is not supported (Go 1.21).
var ErrUnsupported = New("unsupported operation")

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

type wrapper interface {
	Unwrap() error
}

type multiWrapper interface {
	Unwrap() []error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

// Unwrap returns the result of err's Unwrap() error method, or nil.
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// isComparable reports whether err's dynamic type supports ==.
func isComparable(err error) bool

// asTarget stores err into *target when err's dynamic type is assignable
// to target's element type: 1 stored, 0 not assignable, 2 target is not a
// non-nil pointer, 3 *target is neither an interface nor implements error.
func asTarget(err error, target any) int

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := isComparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case wrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiWrapper:
			for _, e := range x.Unwrap() {
				if Is(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	for {
		switch asTarget(err, target) {
		case 1:
			return true
		case 2:
			panic("errors: target must be a non-nil pointer")
		case 3:
			panic("errors: *target must be interface or implement error")
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case wrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiWrapper:
			for _, e := range x.Unwrap() {
				if e != nil && As(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error wrapping the non-nil errs (nil if there are none);
// its message is theirs, one per line.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	list := make([]error, 0, n)
	for _, err := range errs {
		if err != nil {
			list = append(list, err)
		}
	}
	return &joinError{list}
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
