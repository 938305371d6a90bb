package main

// Messages print byte and rune where the program wrote them (issue 2),
// also inside composite types; uint8 and int32 stay uint8 and int32.

func f(b byte, r rune) {}

func main() {
	var s []byte
	var str string = s // ERROR "cannot use s [(]variable of type \[\]byte[)] as (type )?string( value)?"
	var b byte = 1
	var r rune = 2
	_ = b + r // ERROR "invalid operation: b [+] r [(]mismatched types byte and rune[)]"
	var m map[rune]int
	var n int = m // ERROR "variable of type map\[rune\]int[)] as (type )?int( value)?"
	var g func(byte) rune
	var k int = g // ERROR "variable of type func[(]byte[)] rune[)] as (type )?int( value)?"
	var u uint8 = 1
	var i int32 = 1
	_ = u + i // ERROR "mismatched types uint8 and int32[)]"
	f("a", 1) // ERROR "cannot use .a. [(]untyped string constant[)] as byte value in argument to f"
	_, _, _ = str, n, k
}
