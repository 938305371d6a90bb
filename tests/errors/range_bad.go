package main

func main() {
	x := 5.5
	for range x { // ERROR "cannot range over x"
	}
	var p *int
	for i := range p { // ERROR "cannot range over p"
		_ = i
	}
}
