package main

import (
	"errors"
	"fmt"
)

func convert(v interface{}) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("bad value: ", r))
		}
	}()
	n = v.(int) * 2
	return n, nil
}

func main() {
	fmt.Println(convert(21))
	n, err := convert("x")
	fmt.Println(n, err)
	n, err = convert(nil)
	fmt.Println(n, err)
}

// Output:
// 42 <nil>
// 0 bad value: interface conversion: interface {} is string, not int
// 0 bad value: interface conversion: interface {} is nil, not int
