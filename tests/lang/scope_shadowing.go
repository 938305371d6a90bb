package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else-if", y)
	} else {
		fmt.Println("else", x, y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := func(s string) int { return 42 } // shadows the builtin
	fmt.Println(len("abc"))
	{
		fmt := "shadowed package name"
		_ = fmt
	}
	type int struct{ v string }
	var i int = int{"not the builtin int"}
	fmt.Println(i.v)
}

// Output:
// package
// main package
// block
// main
// if 5
// for 0
// for 10
// switch 3.5
// main
// outer
// 42
// not the builtin int
