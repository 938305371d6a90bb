package main

// Types the checker gives an expression itself are byte and rune too:
// a string index is a byte, a rune literal's default type and a string's
// range value are runes, and composites keep the names.

func main() {
	x := 'a'
	var s string = x // ERROR "cannot use x [(]variable of type rune[)] as (type )?string( value)?"
	c := "abc"[1]
	var t string = c // ERROR "cannot use c [(]variable of type byte[)] as (type )?string( value)?"
	for _, v := range "hi" {
		var w string = v // ERROR "cannot use v [(]variable of type rune[)] as (type )?string( value)?"
		_ = w
	}
	var arr [3]byte
	var p *rune
	var st struct{ a byte }
	var ch chan<- rune
	var n1 int = arr // ERROR "variable of type \[3\]byte[)] as (type )?int( value)?"
	var n2 int = p   // ERROR "variable of type [*]rune[)] as (type )?int( value)?"
	var n3 int = st  // ERROR "variable of type struct ?[{]a byte[}][)] as (type )?int( value)?"
	var n4 int = ch  // ERROR "variable of type chan<- rune[)] as (type )?int( value)?"
	_, _, _, _, _, _ = s, t, n1, n2, n3, n4
}
