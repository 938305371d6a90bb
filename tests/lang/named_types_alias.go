package main

import "fmt"

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type StringList []string

func (s StringList) Len() int { return len(s) }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Byte = byte
type Text = string

type Matrix [2][2]int

type Graph map[string][]string

func (g Graph) Edges() int {
	n := 0
	for _, v := range g {
		n += len(v)
	}
	return n
}

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var b Byte = 'x'
	var raw byte = b
	fmt.Printf("%T %v\n", b, raw)
	var t Text = "alias"
	var s string = t
	fmt.Printf("%T %s\n", t, s)
	sl := StringList{"a", "b"}
	fmt.Println(sl.Len(), len(sl), sl[1])
	plain := []string(sl)
	fmt.Println(plain)
	h := Handler(func(s string) string { return s + "!" })
	fmt.Println(h.Twice("hi"))
	var mat Matrix
	mat[1][1] = 5
	fmt.Println(mat)
	g := Graph{"a": {"b", "c"}, "b": {"c"}}
	fmt.Println(g.Edges(), g)
	type local int
	var l local = 3
	fmt.Printf("%T %v\n", l, l)
	f := Feet(10)
	fmt.Println(float64(f) + float64(m))
}

// Output:
// 328.08 main.Feet
// uint8 120
// string alias
// 2 2 b
// [a b]
// hi!!
// [[0 0] [0 5]]
// 3 map[a:[b c] b:[c]]
// main.local 3
// 110
