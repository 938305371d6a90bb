package main

func main() {
	x := 1.5 << 2 // ERROR "shifted operand 1.5 .* must be integer"
	f := 2.0
	y := f << 1 // ERROR "shifted operand f .* must be integer"
	s := "a"
	z := 1 << s // ERROR "shift count s .* must be integer|invalid shift count"
	var n int = 1
	w := n << -1 // ERROR "negative shift count|must not be negative"
	_, _, _, _ = x, y, z, w
}
