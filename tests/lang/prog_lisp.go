package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny Lisp: integers, symbols, lists, define, lambda, if, let-free closures.

type Value interface{}
type Symbol string
type List []Value
type Builtin func(args []Value) (Value, error)
type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) find(s Symbol) (Value, bool) {
	for ; e != nil; e = e.outer {
		if v, ok := e.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func read(toks *[]string) (Value, error) {
	if len(*toks) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l List
		for {
			if len(*toks) == 0 {
				return nil, errors.New("missing )")
			}
			if (*toks)[0] == ")" {
				*toks = (*toks)[1:]
				return l, nil
			}
			v, err := read(toks)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n, nil
	}
	return Symbol(t), nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case int:
		return v, nil
	case Symbol:
		if val, ok := env.find(v); ok {
			return val, nil
		}
		return nil, fmt.Errorf("unbound symbol %s", v)
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if c != 0 && c != false {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}, nil
			case "quote":
				return v[1], nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		var args []Value
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			if len(args) != len(fn.params) {
				return nil, fmt.Errorf("arity mismatch: want %d, got %d", len(fn.params), len(args))
			}
			inner := &Env{map[Symbol]Value{}, fn.env}
			for i, p := range fn.params {
				inner.vars[p] = args[i]
			}
			return eval(fn.body, inner)
		}
		return nil, fmt.Errorf("not a function: %v", show(f))
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func arith(op func(a, b int) int) Builtin {
	return func(args []Value) (Value, error) {
		acc, ok := args[0].(int)
		if !ok {
			return nil, errors.New("not a number")
		}
		for _, a := range args[1:] {
			n, ok := a.(int)
			if !ok {
				return nil, errors.New("not a number")
			}
			acc = op(acc, n)
		}
		return acc, nil
	}
}

func show(v Value) string {
	switch x := v.(type) {
	case List:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return "<lambda>"
	case Builtin:
		return "<builtin>"
	}
	return fmt.Sprint(v)
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+": arith(func(a, b int) int { return a + b }),
		"-": arith(func(a, b int) int { return a - b }),
		"*": arith(func(a, b int) int { return a * b }),
		"<": Builtin(func(a []Value) (Value, error) {
			if a[0].(int) < a[1].(int) {
				return 1, nil
			}
			return 0, nil
		}),
		"list": Builtin(func(a []Value) (Value, error) { return List(a), nil }),
	}}
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 20)",
		"(define make-adder (lambda (x) (lambda (y) (+ x y))))",
		"((make-adder 5) 37)",
		"(list 1 2 (quote (a b)) (+ 1 2))",
		"(undefined 1)",
		"(fact 1 2)",
		"(1 2)",
		"(+ 1 2",
		"(* 2 (+ 3 4) (- 10 4))",
	}
	for _, src := range progs {
		toks := tokenize(src)
		expr, err := read(&toks)
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		v, err := eval(expr, global)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(show(v))
	}
}

// Output:
// <lambda>
// 3628800
// <lambda>
// 6765
// <lambda>
// 42
// (1 2 (a b) 3)
// error: unbound symbol undefined
// error: arity mismatch: want 1, got 2
// error: not a function: 1
// read error: missing )
// 84
