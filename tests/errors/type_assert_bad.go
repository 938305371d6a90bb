package main

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "" }

func main() {
	x := 5
	_ = x.(int) // ERROR "x [(]variable of type int[)] is not an interface"
	var s Stringer
	_ = s.(T) // ERROR "impossible type assertion"
	_ = s.(*T)
}
