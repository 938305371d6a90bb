package main

type Stringer interface {
	String() string
}

type A struct{}

func (A) String() int { return 0 }

type B struct{}

func (B) Str() string { return "" }

func main() {
	var s Stringer = A{} // ERROR "cannot use A[{][}] .* as (type )?Stringer"
	var t Stringer = B{} // ERROR "cannot use B[{][}] .* as (type )?Stringer"
	_, _ = s, t
}
