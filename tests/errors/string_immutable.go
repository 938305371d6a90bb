package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s.0."
	const c = "x"
	p := &c // ERROR "cannot take (the )?address of c"
	_ = p
	_ = s
}
