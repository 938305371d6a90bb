package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Printf("%v %+v\n", p, p)
	type Named struct {
		Name string
		Age  int
	}
	n := Named(p)
	fmt.Println(n.Name, n == Named{"Ann", 30})
	list := []struct{ k, v string }{{"a", "1"}, {"b", "2"}}
	for _, e := range list {
		fmt.Print(e.k, "=", e.v, " ")
	}
	fmt.Println()
	m := map[string]struct{ x, y int }{"o": {0, 0}, "p": {1, 2}}
	fmt.Println(m["p"].y, m)
	var empty struct{}
	fmt.Println(empty == struct{}{})
}

// Output:
// {Ann 30} {Name:Ann Age:30}
// Ann true
// a=1 b=2 
// 2 map[o:{0 0} p:{1 2}]
// true
