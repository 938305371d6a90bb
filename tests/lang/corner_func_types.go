package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

type Calculator struct {
	ops map[string]Op
}

func (c *Calculator) Register(name string, op Op) { c.ops[name] = op }

func (c *Calculator) Apply(name string, a, b int) (int, bool) {
	op, ok := c.ops[name]
	if !ok {
		return 0, false
	}
	return op(a, b), true
}

func main() {
	c := &Calculator{ops: map[string]Op{}}
	c.Register("add", func(a, b int) int { return a + b })
	c.Register("mul", func(a, b int) int { return a * b })
	c.Register("pow", func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r
	})
	names := make([]string, 0, len(c.ops))
	for n := range c.ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v, _ := c.Apply(n, 3, 4)
		fmt.Println(n, v)
	}
	_, ok := c.Apply("div", 1, 2)
	fmt.Println(ok)
	var nilOp Op
	fmt.Println(nilOp == nil)
	tr := strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana")
	fmt.Println(tr)
}

// Output:
// add 7
// mul 12
// pow 81
// false
// true
// coo
