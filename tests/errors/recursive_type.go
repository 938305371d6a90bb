package main

type T struct { // ERROR "invalid recursive type"
	next T
}

type OK struct {
	next *OK
}

func main() {
	var t T
	var ok OK
	_, _ = t, ok
}
