package main

func main() {
	s := "abc"
	s++ // ERROR "invalid operation: s[+][+] [(]non-numeric type string[)]"
	b := true
	b-- // ERROR "invalid operation: b-- [(]non-numeric type bool[)]"
	type P struct{ X int }
	m := map[string]P{}
	m["a"].X = 1 // ERROR "cannot assign to struct field m.\"a\".\.X in map"
}
