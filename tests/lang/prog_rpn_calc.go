package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

func evalRPN(expr string) (result float64, err error) {
	var st []float64
	pop := func() float64 {
		if len(st) == 0 {
			panic(ErrStack)
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrStack) {
				err = fmt.Errorf("%q: %w", expr, e)
				return
			}
			panic(r)
		}
	}()
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			case "^":
				st = append(st, math.Pow(a, b))
			}
		case "sqrt":
			st = append(st, math.Sqrt(pop()))
		case "neg":
			st = append(st, -pop())
		default:
			v, perr := strconv.ParseFloat(tok, 64)
			if perr != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left on stack", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 ^ 1 -",
		"9 sqrt 2 neg *",
		"1 0 /",
		"1 +",
		"1 2",
		"4 x *",
		"0.1 0.2 +",
		"",
	} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-20q = %v\n", e, v)
	}
}

// Output:
// "3 4 +"              = 7
// "5 1 2 + 4 * + 3 -"  = 14
// "2 3 ^ 1 -"          = 7
// "9 sqrt 2 neg *"     = -6
// "1 0 /"              = +Inf
// error: "1 +": stack underflow
// error: 2 values left on stack
// error: bad token "x"
// "0.1 0.2 +"          = 0.30000000000000004
// error: 0 values left on stack
