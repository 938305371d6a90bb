package main

import "fmt"

type P struct{ X int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[P{1}] = "struct"
	m[[2]int{1, 1}] = "array"
	m[true] = "bool"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[P{1}], "|", m[[2]int{1, 1}])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil iface"
	fmt.Println(m[nil])
}

// Output:
// 6
// int 1 | int64 1 | struct | array
// false
// nil iface
