package main

func main() {
	x := nil // ERROR "use of untyped nil"
	var y = nil // ERROR "use of untyped nil"
	var i int = nil // ERROR "cannot use nil as (type )?int( value)?"
	_, _, _ = x, y, i
}
