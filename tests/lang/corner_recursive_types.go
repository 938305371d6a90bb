package main

import (
	"fmt"
	"strings"
)

type Expr interface{ Eval() int }

type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }
func (n Neg) Eval() int { return -n.E.Eval() }

func show(e Expr) string {
	switch v := e.(type) {
	case Num:
		return fmt.Sprint(int(v))
	case Add:
		return "(" + show(v.L) + " + " + show(v.R) + ")"
	case Mul:
		return show(v.L) + " * " + show(v.R)
	case Neg:
		return "-" + show(v.E)
	}
	return "?"
}

type Tree struct {
	Name     string
	Children []*Tree
}

func (t *Tree) Print(depth int, sb *strings.Builder) {
	sb.WriteString(strings.Repeat("  ", depth) + t.Name + "\n")
	for _, c := range t.Children {
		c.Print(depth+1, sb)
	}
}

func main() {
	e := Add{Mul{Num(3), Num(4)}, Neg{Add{Num(1), Num(2)}}}
	fmt.Println(show(e), "=", e.Eval())
	t := &Tree{"root", []*Tree{{"a", []*Tree{{"a1", nil}}}, {"b", nil}}}
	var sb strings.Builder
	t.Print(0, &sb)
	fmt.Print(sb.String())
}

// Output:
// (3 * 4 + -(1 + 2)) = 9
// root
//   a
//     a1
//   b
