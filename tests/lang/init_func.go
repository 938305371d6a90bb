package main

import "fmt"

var table map[string]int
var order []string

func init() {
	order = append(order, "init1")
	table = map[string]int{"one": 1}
}

var ready = setup()

func setup() bool {
	order = append(order, "var")
	return true
}

func init() {
	order = append(order, "init2")
	table["two"] = 2
}

func main() {
	order = append(order, "main")
	fmt.Println(order, ready)
	fmt.Println(table["one"], table["two"], len(table))
}

// Output:
// [var init1 init2 main] true
// 1 2 2
