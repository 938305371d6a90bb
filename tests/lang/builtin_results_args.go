// copy, delete and append applied to one call of a multi-value function
// (Go's f(g()) rule, which gc applies to these built-ins).
package main

import "fmt"

type stringer interface{ String() string }
type name string

func (n name) String() string { return "<" + string(n) + ">" }

func two() ([]int, []int)            { return make([]int, 3), []int{1, 2, 3, 4} }
func mk() (map[string]int, string)   { return map[string]int{"a": 1, "b": 2}, "a" }
func ap() ([]int, int)               { return []int{1}, 2 }
func ap3() ([]int, int, int)         { return []int{1}, 2, 3 }
func strs() ([]stringer, name, name) { return nil, "x", "y" }
func bs() ([]byte, string)           { return make([]byte, 2), "hello" }
func im() (map[any]int, int)         { return map[any]int{1: 1, 2: 2}, 1 }

var calls int

func counted() ([]int, int) { calls++; return []int{calls}, 10 * calls }

func main() {
	n := copy(two())
	fmt.Println(n)
	m := map[string]int{"a": 1}
	mf := func() (map[string]int, string) { return m, "a" }
	delete(mf())
	fmt.Println(len(m))
	delete(mk())
	fmt.Println(append(ap()))
	fmt.Println(append(ap3()))
	fmt.Println(append(strs()))
	fmt.Println(copy(bs()))
	mi, _ := im()
	delete(im())
	fmt.Println(len(mi))
	fmt.Println(append(counted()), calls)
	s := append(ap())
	s = append(s, 5)
	fmt.Println(s, len(s))
}

// Output:
// 3
// 0
// [1 2]
// [1 2 3]
// [<x> <y>]
// 2
// 2
// [1 10] 1
// [1 2 5] 3
