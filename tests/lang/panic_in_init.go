package main

import "fmt"

var table = build()

func build() map[string]int {
	return map[string]int{"a": 1}
}

func init() {
	if table["b"] == 0 {
		panic(fmt.Sprintf("missing key b in %v", table))
	}
}

func main() {
	fmt.Println("unreachable")
}

// Panic: panic: missing key b in map[a:1]
// Exit: 2
