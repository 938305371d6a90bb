package main

func get() int { return 1 }

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x"
	p := &get() // ERROR "cannot take (the )?address of get[(][)]"
	_ = p
	m := map[string]int{}
	q := &m["a"] // ERROR "cannot take (the )?address of m.\"a\".|cannot take address of m"
	_ = q
}
