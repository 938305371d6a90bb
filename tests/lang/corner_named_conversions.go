package main

import "fmt"

type Meters float64
type Feet float64
type Celsius int
type Names []string
type Dict map[string]int
type Handler func(int) int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type Pt struct{ X, Y int }
type Vec struct{ X, Y int }

func main() {
	m := Meters(10)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	c := Celsius(37)
	fmt.Println(int(c)+1, float64(c)/2)
	n := Names([]string{"b", "a"})
	s := []string(n)
	s[0] = "z"
	fmt.Println(n, len(n))
	d := Dict{"k": 1}
	fmt.Println(map[string]int(d)["k"])
	h := Handler(func(x int) int { return x * 3 })
	fmt.Println(h(4))
	v := Vec(Pt{1, 2})
	fmt.Printf("%+v %T\n", v, v)
	var u8 uint8 = 200
	fmt.Println(int8(u8), uint16(int8(u8)), int(u8)+100)
	f := -3.99
	fmt.Println(int(f), uint8(int(f)+260))
}

// Output:
// 32.81 main.Feet
// 38 18.5
// [z a] 2
// 1
// 12
// {X:1 Y:2} main.Vec
// -56 65480 300
// -3 1
