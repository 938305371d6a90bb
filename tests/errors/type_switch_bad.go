package main

func main() {
	x := 5
	switch x.(type) { // ERROR "x [(]variable of type int[)] is not an interface|not an interface"
	}
	var i interface{} = 1
	switch v := i.(type) {
	case int, int: // ERROR "duplicate case int"
		_ = v
	}
}
