package main

func name() string {
	return 42 // ERROR "cannot use 42 .* as (type )?string( value)? in return statement"
}

func pair() (int, bool) {
	return true, 1 // ERROR "cannot use true .* as (type )?int( value)? in return statement"
}

func main() {
	_ = name()
	pair()
}
