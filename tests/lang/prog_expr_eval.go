package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A recursive-descent parser building an AST, then an evaluator.

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }
type Call struct {
	Fn   string
	Args []Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                            { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

var ErrDivZero = errors.New("division by zero")

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	case '^':
		res := 1.0
		for i := 0; i < int(r); i++ {
			res *= l
		}
		return res, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *BinOp) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func (n *Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n *Neg) String() string { return "(-" + n.X.String() + ")" }

func (c *Call) Eval(env map[string]float64) (float64, error) {
	var vals []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		vals = append(vals, v)
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			if v > m {
				m = v
			}
		}
		return m, nil
	case "abs":
		if vals[0] < 0 {
			return -vals[0], nil
		}
		return vals[0], nil
	}
	return 0, fmt.Errorf("unknown function %s", c.Fn)
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

type parser struct {
	s   string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) peek() byte {
	p.skip()
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() (Node, error) {
	l, err := p.term()
	if err != nil {
		return nil, err
	}
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		r, err := p.term()
		if err != nil {
			return nil, err
		}
		l = &BinOp{c, l, r}
	}
	return l, nil
}

func (p *parser) term() (Node, error) {
	l, err := p.power()
	if err != nil {
		return nil, err
	}
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		r, err := p.power()
		if err != nil {
			return nil, err
		}
		l = &BinOp{c, l, r}
	}
	return l, nil
}

func (p *parser) power() (Node, error) {
	base, err := p.unary()
	if err != nil {
		return nil, err
	}
	if p.peek() == '^' {
		p.pos++
		exp, err := p.power() // right associative
		if err != nil {
			return nil, err
		}
		return &BinOp{'^', base, exp}, nil
	}
	return base, nil
}

func (p *parser) unary() (Node, error) {
	if p.peek() == '-' {
		p.pos++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		return &Neg{x}, nil
	}
	return p.primary()
}

func (p *parser) primary() (Node, error) {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		e, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, fmt.Errorf("expected ) at %d", p.pos)
		}
		p.pos++
		return e, nil
	case c >= '0' && c <= '9' || c == '.':
		start := p.pos
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.') {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, err
		}
		return Num(f), nil
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.s) && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z' {
			p.pos++
		}
		name := p.s[start:p.pos]
		if p.peek() == '(' {
			p.pos++
			call := &Call{Fn: name}
			for {
				arg, err := p.expr()
				if err != nil {
					return nil, err
				}
				call.Args = append(call.Args, arg)
				if p.peek() == ',' {
					p.pos++
					continue
				}
				break
			}
			if p.peek() != ')' {
				return nil, fmt.Errorf("expected ) after arguments at %d", p.pos)
			}
			p.pos++
			return call, nil
		}
		return Var(name), nil
	}
	if c == 0 {
		return nil, errors.New("unexpected end of input")
	}
	return nil, fmt.Errorf("unexpected %q at %d", c, p.pos)
}

func parse(s string) (Node, error) {
	p := &parser{s: s}
	n, err := p.expr()
	if err != nil {
		return nil, err
	}
	if p.peek() != 0 {
		return nil, fmt.Errorf("trailing input at %d", p.pos)
	}
	return n, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"-x ^ 2",
		"2 ^ 3 ^ 2",
		"x * x + y * y",
		"max(x, y, 2.5) / 2",
		"abs(-7) + pi",
		"10 / (y - 4)",
		"z + 1",
		"3 +",
		"(1 + 2",
		"4 $ 4",
		"1.5 * 4 - 0.25",
	} {
		n, err := parse(src)
		if err != nil {
			fmt.Printf("%-20s parse error: %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-20s %s -> error: %v\n", src, n, err)
			continue
		}
		fmt.Printf("%-20s %s = %g\n", src, n, v)
	}
}

// Output:
// 1 + 2 * 3            (1 + (2 * 3)) = 7
// (1 + 2) * 3          ((1 + 2) * 3) = 9
// -x ^ 2               ((-x) ^ 2) = 9
// 2 ^ 3 ^ 2            (2 ^ (3 ^ 2)) = 512
// x * x + y * y        ((x * x) + (y * y)) = 25
// max(x, y, 2.5) / 2   (max(x, y, 2.5) / 2) = 2
// abs(-7) + pi         (abs((-7)) + pi) = 10.14159
// 10 / (y - 4)         (10 / (y - 4)) -> error: division by zero
// z + 1                (z + 1) -> error: undefined variable "z"
// 3 +                  parse error: unexpected end of input
// (1 + 2               parse error: expected ) at 6
// 4 $ 4                parse error: trailing input at 2
// 1.5 * 4 - 0.25       ((1.5 * 4) - 0.25) = 5.75
