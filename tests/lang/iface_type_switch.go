package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice %d", len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 41, int8(3), int16(4), "hello", true, false,
		[]int{1, 2}, errors.New("bad"), Temp(21.5), func() int { return 7 },
		3.14, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i interface{} = "text"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	var st Stringer = Temp(3)
	if t, ok := st.(Temp); ok {
		fmt.Println(float64(t) * 2)
	}
	switch i.(type) {
	case int, string:
		fmt.Println("int or string")
	}
}

// Output:
// nil
// int 42
// small int 3
// small int 4
// string of len 5
// true bool
// false bool
// slice 2
// error bad
// stringer 21.5°
// func 7
// other float64
// other map[string]int
// other struct {}
// text true
// 0 false
// false
// 6
// int or string
