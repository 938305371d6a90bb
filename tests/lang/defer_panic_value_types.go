package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func trap(f func()) (got interface{}) {
	defer func() { got = recover() }()
	f()
	return "none"
}

func main() {
	r := trap(func() { panic(&E{"ptr error"}) })
	if e, ok := r.(error); ok {
		fmt.Println("error:", e)
	}
	r = trap(func() {})
	fmt.Println(r)
	r = trap(func() { panic([2]string{"a", "b"}) })
	fmt.Printf("%T %v\n", r, r)
	r = trap(func() { panic(struct{ A, B int }{1, 2}) })
	fmt.Printf("%+v\n", r)
}

// Output:
// error: ptr error
// <nil>
// [2]string [a b]
// {A:1 B:2}
