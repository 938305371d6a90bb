package main

import "fmt"

type I interface{ M() }
type A struct{}

func (A) M() {}

func msg(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var e interface{} = A{}
	var n interface{}
	var i I
	msg(func() { _ = e.(I).(fmt.Stringer) })
	msg(func() { _ = n.(int) })
	msg(func() { _ = e.(*A) })
	msg(func() { i.M() })
	msg(func() { s := "abc"; k := 5; _ = s[k] })
	msg(func() { a := [3]int{}; k := 3; a[k] = 1 })
	msg(func() { s := []int{1, 2, 3}; lo, hi := 2, 1; _ = s[lo:hi] })
	msg(func() { s := "hey"; hi := 4; _ = s[:hi] })
	msg(func() { s := make([]int, 1, 2); _ = s[0:1:3] })
}

// Output:
// interface conversion: main.A is not fmt.Stringer: missing method String
// interface conversion: interface {} is nil, not int
// interface conversion: interface {} is main.A, not *main.A
// runtime error: invalid memory address or nil pointer dereference
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [3] with length 3
// runtime error: slice bounds out of range [2:1]
// runtime error: slice bounds out of range [:4] with length 3
// runtime error: slice bounds out of range [::3] with capacity 2
