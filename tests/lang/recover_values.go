package main

import (
	"errors"
	"fmt"
)

type Code int

type Point struct{ X, Y int }

func try(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(v)
}

func main() {
	try(42)
	try("text")
	try(3.5)
	try(Code(7))
	try(Point{1, 2})
	try(&Point{3, 4} == nil)
	try(errors.New("an error"))
	try([]int{1, 2})
	try(map[string]int{"a": 1})
}

// Output:
// int 42
// string text
// float64 3.5
// main.Code 7
// main.Point {1 2}
// bool false
// *errors.errorString an error
// []int [1 2]
// map[string]int map[a:1]
