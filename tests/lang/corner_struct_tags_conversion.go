package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}

type B struct {
	X int `yaml:"x"`
	Y string
}

func main() {
	a := A{1, "one"}
	b := B(a)
	fmt.Println(b, b.X)
	ps := []A{{2, "two"}}
	for _, p := range ps {
		fmt.Printf("%+v\n", B(p))
	}
	pa := &a
	pb := (*B)(pa)
	pb.X = 99
	fmt.Println(a.X)
}

// Output:
// {1 one} 1
// {X:2 Y:two}
// 99
