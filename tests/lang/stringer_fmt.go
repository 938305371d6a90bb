package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y float64 }

func (v *Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Err struct{ code int }

func (e Err) Error() string { return fmt.Sprintf("err %d", e.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)
	v := Vec{1, 2.5}
	fmt.Println(&v, v)
	fmt.Println(Err{42})
	fmt.Printf("%v %+v\n", Err{1}, Err{2})
	fmt.Println(Both{})
	s := fmt.Sprint(Green, " and ", Blue)
	fmt.Println(s)
	type wrapper struct {
		C Color
		E error
	}
	fmt.Printf("%v %+v\n", wrapper{Blue, Err{5}}, wrapper{Red, nil})
}

// Output:
// Red Blue Color(7)
// Green Green 1 "Green"
// [Blue Red]
// map[Red:1 Blue:3]
// <1,2.5> {1 2.5}
// err 42
// err 1 err 2
// as error
// Green and Blue
// {Blue err 5} {C:Red E:<nil>}
