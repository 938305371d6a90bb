package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case error:
			msg = "error: " + v.Error()
		case string:
			msg = "string: " + v
		default:
			msg = fmt.Sprintf("other: %v", v)
		}
	}()
	f()
	return "unreachable?"
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { mustPositive(-5) }))
	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { panic(errors.New("bad thing")) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(MyErr{7}) }))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		s := []int{1}
		i := 3
		_ = s[i]
	}))
	fmt.Println(try(func() {
		var p *MyErr
		_ = p.code
	}))
	fmt.Println(try(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		defer func() {
			panic("second")
		}()
		panic("first")
	}()
	fmt.Println("done")
}

// Output:
// 5 <nil>
// 0 recovered: runtime error: integer divide by zero
// string: negative: -5
// no panic
// error: bad thing
// other: 42
// error: code 7
// error: assignment to entry in nil map
// error: runtime error: index out of range [3] with length 1
// error: runtime error: invalid memory address or nil pointer dereference
// error: interface conversion: interface {} is string, not int
// <nil>
// recovered: second
// done
