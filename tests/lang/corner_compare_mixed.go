package main

import (
	"fmt"
	"math"
)

type V struct {
	F float64
	S string
}

func main() {
	nan := math.NaN()
	a, b := V{nan, "x"}, V{nan, "x"}
	fmt.Println(a == b, a == a)
	c := V{0, "x"}
	d := V{math.Copysign(0, -1), "x"}
	fmt.Println(c == d)
	arr1 := [2][2]string{{"a", "b"}, {"c", "d"}}
	arr2 := [2][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Println(arr1 == arr2, arr1 != [2][2]string{})
	var e1, e2 error
	fmt.Println(e1 == e2)
	p1, p2 := &V{}, &V{}
	fmt.Println(p1 == p2, *p1 == *p2)
	var i1 interface{} = p1
	var i2 interface{} = p1
	fmt.Println(i1 == i2)
	ch1 := make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2, ch1 == make(chan int))
}

// Output:
// false false
// true
// true true
// true
// false true
// true
// true false
