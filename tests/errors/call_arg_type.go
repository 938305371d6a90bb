package main

func greet(name string, times int) {}

func main() {
	greet(1, 2)        // ERROR "cannot use 1 .* as (type )?string( value)? in argument to greet"
	greet("a", "b")    // ERROR "cannot use .b. .* as (type )?int( value)? in argument to greet"
	greet("a", 2.5)    // ERROR "cannot use 2.5 .*(as (type )?int( value)? in argument to greet|truncated)"
	greet("ok", 3)
}
