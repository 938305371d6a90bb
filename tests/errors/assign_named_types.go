package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit = c // ERROR "cannot use c .*as (type )?Fahrenheit"
	var x float64 = c    // ERROR "cannot use c .*as (type )?float64"
	_, _ = f, x
}
