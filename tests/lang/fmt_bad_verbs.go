package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%!|%d\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %s\n", T{1}, T{2})
	fmt.Printf("%.2d\n", "x")
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Println(fmt.Sprintf("%d", nil))
	var e error
	fmt.Printf("%s %d\n", e, e)
}

// Output:
// %!!(int=1)|%!d(MISSING)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!d(string=str)
// %!s(int=42)
// %!z(int=3)
// {1} {%!s(int=2)}
// %!d(string=x)
// %!!(MISSING)
// %!t(int=1)
// no verbs
// %!(EXTRA string=extra, int=3)%!d(<nil>)
// %!s(<nil>) %!d(<nil>)
