package main

import "fmt"

type T int

func (t T) Show() string { return fmt.Sprint("outer T ", int(t)) }

func main() {
	var a T = 1
	fmt.Println(a.Show())
	{
		type T string
		var b T = "inner"
		fmt.Printf("%v %T\n", b, b)
	}
	type T2 = T
	var c T2 = 5
	fmt.Println(c.Show())
	int := 3
	fmt.Println(int * 2)
	true := false
	fmt.Println(true)
	nil := 0
	fmt.Println(nil)
}

// Output:
// outer T 1
// inner main.T
// outer T 5
// 6
// false
// 0
