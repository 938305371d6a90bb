package main

import (
	"fmt"
	"runtime"
)

func check(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime.Error:", re.Error())
			return
		}
		fmt.Println(name, "other:", r)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	check("index", func() { _ = s[3] })
	check("nilmap", func() { m["a"] = 1 })
	check("nilptr", func() { _ = p.x })
	check("div", func() { _ = 10 / zero })
	check("slice", func() { x := []int{1, 2, 3}; i := 5; _ = x[1:i] })
	check("assert", func() { var i interface{} = "s"; _ = i.(int) })
	check("custom", func() { panic("plain string") })
}

// Output:
// index runtime.Error: runtime error: index out of range [3] with length 0
// nilmap runtime.Error: assignment to entry in nil map
// nilptr runtime.Error: runtime error: invalid memory address or nil pointer dereference
// div runtime.Error: runtime error: integer divide by zero
// slice runtime.Error: runtime error: slice bounds out of range [:5] with capacity 3
// assert runtime.Error: interface conversion: interface {} is string, not int
// custom other: plain string
