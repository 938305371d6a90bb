package main

import "fmt"

type T struct{ s []int }

func main() {
	a, b := []int{1}, []int{1}
	fmt.Println(a == b) // ERROR "slice can only be compared to nil"
	f := func() {}
	fmt.Println(f == f) // ERROR "func can only be compared to nil"
	m := map[int]int{}
	fmt.Println(m == m) // ERROR "map can only be compared to nil"
	fmt.Println(T{} == T{}) // ERROR "cannot compare|struct containing \[\]int cannot be compared"
	fmt.Println(a == nil, f == nil, m == nil)
}
