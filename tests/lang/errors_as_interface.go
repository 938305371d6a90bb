package main

import (
	"errors"
	"fmt"
)

type coded interface {
	error
	Code() int
}

type httpErr struct{ code int }

func (h httpErr) Error() string { return fmt.Sprint("http ", h.code) }
func (h httpErr) Code() int     { return h.code }

func main() {
	err := fmt.Errorf("request: %w", httpErr{503})
	var c coded
	if errors.As(err, &c) {
		fmt.Println("code", c.Code(), c)
	}
	plain := errors.New("plain")
	fmt.Println(errors.As(plain, &c))
}

// Output:
// code 503 http 503
// false
