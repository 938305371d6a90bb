package main

import "fmt"

type Size int

const (
	Small Size = iota * 10
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

const (
	x0 = "a"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Small, Medium, Large, Size(5))
	fmt.Printf("%v %d %s\n", Large, Large, Medium)
	fmt.Println(x0, x1, x2, x3)
}

// Output:
// S M L Size(5)
// L 20 M
// a a 2 3
