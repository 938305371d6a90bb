package main

func main() {
	var a int = "hello" // ERROR "cannot use .hello. .* as (type )?int( value)?"
	var s string
	s = 42 // ERROR "cannot use 42 .* as (type )?string( value)?"
	var f float64 = 1.5
	var i int
	i = f // ERROR "cannot use f .* as (type )?int( value)?"
	var b bool = 1 // ERROR "cannot use 1 .* as (type )?bool( value)?"
	_, _, _, _ = a, s, i, b
}
