package main

import "fmt"

type Text interface{ ~string | ~[]byte }

func Len[T Text](t T) int { return len(t) }

func Concat[T ~string](xs ...T) T {
	var out T
	for _, x := range xs {
		out += x
	}
	return out
}

type Name string

func main() {
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), Len(Name("bob")))
	n := Concat(Name("a"), Name("b"), "c")
	fmt.Printf("%v %T\n", n, n)
	fmt.Println(Concat[string]())
}

// Output:
// 6 2 3
// abc main.Name
//
