package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

func (b Box[T]) Get() T { return b.V }

type Getter[T any] interface{ Get() T }

func Extract[T any](g Getter[T]) T { return g.Get() }

func main() {
	b := Box[int]{5}
	fmt.Println(b)
	var s fmt.Stringer = Box[string]{"hi"}
	fmt.Println(s.String())
	fmt.Println(Extract[int](b))
	var any1 interface{} = Box[bool]{true}
	switch v := any1.(type) {
	case Box[int]:
		fmt.Println("int box", v.V)
	case Box[bool]:
		fmt.Println("bool box", v.V)
	}
	fmt.Printf("%T %+v\n", b, b.V)
}

// Output:
// Box(5)
// Box(hi)
// 5
// bool box true
// main.Box[int] 5
