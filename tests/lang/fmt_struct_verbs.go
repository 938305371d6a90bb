package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	tags  []string
	attrs map[string]int
	next  *Line
}

type Level int

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	l := Line{A: p, B: Point{3, 4}, Label: "ab", tags: []string{"x"}, attrs: map[string]int{"w": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%#v\n", l)
	fmt.Printf("%v|%#v\n", []Point{{1, 2}}, []Point{{1, 2}})
	fmt.Printf("%v|%#v\n", map[string]Point{"o": {}}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v|%#v|%#v|%#v\n", 42, "s", 1.5, true)
	fmt.Printf("%#v|%#v\n", []interface{}{1, "a", nil}, [2]bool{true})
	fmt.Printf("%v|%d|%#v|%T\n", Level(3), Level(3), Level(3), Level(3))
	var ip *int
	fmt.Printf("%v|%#v\n", ip, ip)
	fmt.Printf("%v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v\n", struct{ A []int }{})
	fmt.Printf("%+v\n", []*Point{nil})
	fmt.Println(p, &p == nil, []Point{p}, map[int]Point{1: p})
	var e error
	fmt.Printf("%v|%+v|%#v\n", e, e, e)
	fmt.Printf("%#v %#v\n", int8(-3), uint(7))
	fmt.Printf("%#v\n", map[Point]string{{1, 2}: "a"})
}

// Output:
// {1 2}|{X:1 Y:2}|main.Point{X:1, Y:2}|main.Point
// &{1 2}|&{X:1 Y:2}|*main.Point
// {{1 2} {3 4} ab [x] map[a:1 w:2] <nil>}
// {A:{X:1 Y:2} B:{X:3 Y:4} Label:ab tags:[x] attrs:map[a:1 w:2] next:<nil>}
// main.Line{A:main.Point{X:1, Y:2}, B:main.Point{X:3, Y:4}, Label:"ab", tags:[]string{"x"}, attrs:map[string]int{"a":1, "w":2}, next:(*main.Line)(nil)}
// [{1 2}]|[]main.Point{main.Point{X:1, Y:2}}
// map[o:{0 0}]|map[string]int{"a":1, "b":2}
// 42|"s"|1.5|true
// []interface {}{1, "a", interface {}(nil)}|[2]bool{true, false}
// 3|3|3|main.Level
// <nil>|(*int)(nil)
// {1 x}
// struct { A []int }{A:[]int(nil)}
// [<nil>]
// {1 2} false [{1 2}] map[1:{1 2}]
// <nil>|<nil>|<nil>
// -3 0x7
// map[main.Point]string{main.Point{X:1, Y:2}:"a"}
