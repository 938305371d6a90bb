package main

type A interface {
	M()
	M() // ERROR "duplicate method M"
}

func main() {
	var a A
	_ = a
}
