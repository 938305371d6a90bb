// calc.go - evaluates arithmetic expressions given on the command line.
//
//	golem run examples/calc.go "1 + 2 * (3 - 4) / 5"
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

// expr = term { ("+"|"-") term }
func (p *parser) expr() float64 {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

// term = factor { ("*"|"/") factor }
func (p *parser) term() float64 {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			d := p.factor()
			if d == 0 {
				panic("division by zero")
			}
			v /= d
		default:
			return v
		}
	}
}

// factor = number | "(" expr ")" | "-" factor
func (p *parser) factor() float64 {
	switch c := p.peek(); {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			panic(fmt.Sprintf("expected ) at offset %d", p.pos))
		}
		p.pos++
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	case c >= '0' && c <= '9' || c == '.':
		start := p.pos
		for p.pos < len(p.src) && (p.src[p.pos] >= '0' && p.src[p.pos] <= '9' || p.src[p.pos] == '.') {
			p.pos++
		}
		v, err := strconv.ParseFloat(p.src[start:p.pos], 64)
		if err != nil {
			panic(err.Error())
		}
		return v
	case c == 0:
		panic("unexpected end of expression")
	default:
		panic(fmt.Sprintf("unexpected %q at offset %d", c, p.pos))
	}
}

func eval(src string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{src: src}
	v = p.expr()
	if p.peek() != 0 {
		return 0, fmt.Errorf("unexpected %q at offset %d", p.src[p.pos], p.pos)
	}
	return v, nil
}

func main() {
	exprs := os.Args[1:]
	fromArgs := len(exprs) > 0
	if !fromArgs {
		exprs = []string{"1 + 2 * 3", "(1 + 2) * 3", "2 / (1 - 1)", "-(4 - 6) * 2.5", "3 +"}
	}
	status := 0
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", strings.TrimSpace(e), err)
			if fromArgs {
				status = 1
			}
			continue
		}
		fmt.Printf("%-20s = %g\n", strings.TrimSpace(e), v)
	}
	os.Exit(status)
}
