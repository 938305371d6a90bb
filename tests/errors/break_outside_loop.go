package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	if true {
		continue // ERROR "continue is not in a loop"
	}
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
}
