package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: len=%d cap=%d nil=%v %v\n", name, len(s), cap(s), s == nil, s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 2, 5)
	describe("a", a)
	describe("b", b)
	describe("c", c)
	describe("d", d)
	describe("a[:0]", a[:0])
	a = append(a, 1)
	describe("a+1", a)
	for range []int(nil) {
		fmt.Println("never")
	}
	var ss []string
	fmt.Println(len(ss), ss == nil)
	fmt.Printf("%q %q\n", ss, []string{})
	fmt.Printf("%#v %#v\n", ss, []string{})
	var m [][]int
	m = append(m, nil, []int{1})
	fmt.Println(len(m), m[0] == nil, m)
	e := b[0:0]
	fmt.Println(e == nil)
}

// Output:
// a: len=0 cap=0 nil=true []
// b: len=0 cap=0 nil=false []
// c: len=0 cap=0 nil=false []
// d: len=2 cap=5 nil=false [0 0]
// a[:0]: len=0 cap=0 nil=true []
// a+1: len=1 cap=1 nil=false [1]
// 0 true
// [] []
// []string(nil) []string{}
// 2 true [[] [1]]
// false
