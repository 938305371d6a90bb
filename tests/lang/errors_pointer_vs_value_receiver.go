package main

import (
	"errors"
	"fmt"
)

type ValErr struct{ Code int }

func (v ValErr) Error() string { return fmt.Sprint("val ", v.Code) }

type PtrErr struct{ Code int }

func (p *PtrErr) Error() string { return fmt.Sprint("ptr ", p.Code) }

func main() {
	var e error = ValErr{1}
	var e2 error = &ValErr{2}
	var e3 error = &PtrErr{3}
	fmt.Println(e, e2, e3)
	var v ValErr
	fmt.Println(errors.As(e, &v), v.Code)
	var vp *ValErr
	fmt.Println(errors.As(e2, &vp), vp.Code, errors.As(e, &vp))
	var pp *PtrErr
	fmt.Println(errors.As(e3, &pp), pp.Code)
	fmt.Println(errors.Is(e, ValErr{1}), errors.Is(e3, &PtrErr{3}), errors.Is(e3, e3))
	_, isVal := e2.(ValErr)
	_, isPtr := e2.(*ValErr)
	fmt.Println(isVal, isPtr)
}

// Output:
// val 1 val 2 ptr 3
// true 1
// true 2 false
// true 3
// true false true
// false true
