package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("same")
	b := errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	var e1 error = a
	var e2 error = a
	fmt.Println(e1 == e2)
	m := map[error]int{a: 1, b: 2}
	fmt.Println(len(m), m[a], m[b])
	fmt.Printf("%v|%s|%q\n", a, a, a)
}

// Output:
// false true true
// true
// 2 1 2
// same|same|"same"
