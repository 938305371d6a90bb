package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string { return "hello from nil *T" }

type Greeter interface{ Hello() string }

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := correct(true)
	fmt.Println(e3 == nil, e3)
	var t *T
	var g Greeter = t
	fmt.Println(g == nil, g.Hello())
	var g2 Greeter
	fmt.Println(g2 == nil)
	fmt.Printf("%v %T\n", g2, g2)
	fmt.Printf("%T\n", g)
	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x == (*int)(nil))
	var m *MyErr
	var err error = m
	if err != nil {
		fmt.Println("non-nil interface holding", err.Error())
	}
}

// Output:
// false nil MyErr
// true <nil>
// false failed
// false hello from nil *T
// true
// <nil> <nil>
// *main.T
// false true
// non-nil interface holding nil MyErr
