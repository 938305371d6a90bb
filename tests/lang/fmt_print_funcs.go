package main

import (
	"errors"
	"fmt"
	"os"
)

type P struct{ A, B int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("n:", 5, 6, P{1, 2}, []int{1})
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%05.1f|%x|%v", 3.14159, "hi", nil)
	fmt.Println(s)
	err := fmt.Errorf("wrap %d: %w", 7, errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
	n, _ := fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "fprintln", 2)
	fmt.Fprint(os.Stdout, "fprint", 3, "\n")
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	println("println goes to stderr")
	print("print too\n")
	n, _ = fmt.Println("count me")
	fmt.Println(n)
	fmt.Println()
	fmt.Println(nil, []interface{}{nil, 1}, map[string]interface{}{"k": nil})
	var ip *P
	fmt.Println(ip, &P{3, 4})
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
}

// Output:
// ab1 2c3.5 true
// 1 2
// x1
// a b 1 2
// n:5 6 {1 2} [1] 15
// "x 1\n"
// 003.1|6869|<nil>
// wrap 7: inner inner
// to stdout 1
// 12
// fprintln 2
// fprint3
// count me
// 9
//
// <nil> [<nil> 1] map[k:<nil>]
// <nil> &{3 4}
//  <nil> ab 1a2
