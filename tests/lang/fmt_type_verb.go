package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type S string
type F func(int) string
type I interface{ M() }

func (t T) M() {}

func main() {
	var i I = T{}
	values := []interface{}{
		1, int8(1), uint64(1), 1.5, float32(1.5), "s", S("s"), 'r', byte('b'), true, nil,
		[]int{}, [3]string{}, map[string]int{}, map[T][]S{}, &T{}, T{}, struct{}{},
		struct{ X, y int }{}, func() {}, F(nil), func(int, ...string) (bool, error) { return false, nil },
		i, &i, []interface{}{}, [][]int{}, new(*int),
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	var e error
	fmt.Printf("%T %v\n", e, e)
	fmt.Println(errors.New("x") != nil)
}

// Output:
// int
// int8
// uint64
// float64
// float32
// string
// main.S
// int32
// uint8
// bool
// <nil>
// []int
// [3]string
// map[string]int
// map[main.T][]main.S
// *main.T
// main.T
// struct {}
// struct { X int; y int }
// func()
// main.F
// func(int, ...string) (bool, error)
// main.T
// *main.I
// []interface {}
// [][]int
// **int
// <nil> <nil>
// true
