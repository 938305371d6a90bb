package main

func main() {
	f := func() {}
	g := func() {}
	_ = f == g // ERROR "func can only be compared to nil|invalid operation"
	var s1, s2 []int
	_ = s1 == s2 // ERROR "slice can only be compared to nil|invalid operation"
	var m1, m2 map[int]int
	_ = m1 == m2 // ERROR "map can only be compared to nil|invalid operation"
}
