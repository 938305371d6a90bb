package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct {
	A Temp
	B *Temp
}

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f %d\n", t, t, t, 3)
	fmt.Println([]Temp{1, 2})
	fmt.Println(map[string]Temp{"x": 3})
	fmt.Printf("%v\n", Pair{A: 5})
	fmt.Println(Both{})
	fmt.Println(errors.New("e"), []error{errors.New("x")})
}

// Output:
// 21.6°C
// 21.6°C 21.6°C 21.55 3
// [1.0°C 2.0°C]
// map[x:3.0°C]
// {5.0°C <nil>}
// error wins
// e [x]
