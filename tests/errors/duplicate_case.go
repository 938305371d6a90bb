package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
		fmt.Println(1)
	case 2, 1: // ERROR "duplicate case 1( .*)? in expression switch"
		fmt.Println(2)
	}
	var v interface{} = x
	switch v.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
	m := map[string]int{
		"a": 1,
		"a": 2, // ERROR "duplicate key .a. in map literal"
	}
	_ = m
	a := [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = a
}
