package main

import "fmt"

type Config struct {
	Name    string `json:"name"`
	Port    int    `json:"port,omitempty"`
	Enabled bool   `json:"enabled"`
}

type Pair struct {
	K string
	V interface{}
}

type Nested struct {
	C   Config
	Arr [2]int
	P   *int
}

func main() {
	a := Config{"srv", 80, true}
	b := Config{Name: "srv", Port: 80, Enabled: true}
	fmt.Println(a == b, a != Config{})
	b.Port = 81
	fmt.Println(a == b)
	p1 := Pair{"x", 1}
	p2 := Pair{"x", 1}
	p3 := Pair{"x", "1"}
	fmt.Println(p1 == p2, p1 == p3)
	v := 5
	n1 := Nested{a, [2]int{1, 2}, &v}
	n2 := Nested{a, [2]int{1, 2}, &v}
	n3 := n1
	w := 5
	n3.P = &w
	fmt.Println(n1 == n2, n1 == n3)
	set := map[Config]bool{a: true}
	fmt.Println(set[Config{"srv", 80, true}], set[b])
	type anon = struct{ X, Y int }
	fmt.Println(anon{1, 2} == struct{ X, Y int }{1, 2})
	var i1, i2 interface{} = a, Config{"srv", 80, true}
	fmt.Println(i1 == i2)
	fmt.Printf("%+v\n", a)
}

// Output:
// true true
// false
// true false
// true false
// true false
// true
// true
// {Name:srv Port:80 Enabled:true}
