package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }
func (t *T) Set(v int) { t.n = v }

func main() {
	t := T{1}
	v := t.Val
	p := t.Ptr
	t.n = 2
	fmt.Println(v(), p())
	set := t.Set
	set(10)
	fmt.Println(t.n, v(), p())
	pt := &T{100}
	pv := pt.Val
	pt.n = 200
	fmt.Println(pv(), pt.Val())
	f := T.Val
	g := (*T).Set
	g(pt, 7)
	fmt.Println(f(*pt), (*T).Ptr(pt))
}

// Output:
// 1 2
// 10 1 10
// 100 200
// 7 7
