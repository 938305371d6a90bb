package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(2.5))
	fmt.Println(Some(3).OrElse(9), None[int]().OrElse(9))
	fmt.Println(Some("x").OrElse("y"), None[string]().OrElse("y"))
	fmt.Printf("%+v\n", Some([]int{1}))
}

// Output:
// int 5
// string s
// other float64
// 3 9
// x y
// {val:[1] ok:true}
