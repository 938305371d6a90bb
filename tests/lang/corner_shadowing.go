package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println("block", x)
	}
	if x := 1.5; x > 1 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	switch x := len(x); x {
	case 4:
		fmt.Println("switch", x)
	}
	show()
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		v, err := 5, fmt.Errorf("inner")
		_ = v
		_ = err
	}
	fmt.Println(err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
}

// Output:
// package
// main
// block 4
// if 1.5
// for 0
// for 1
// switch 4
// show sees package
// main
// outer
// 42
