package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough // ERROR "cannot fallthrough final case in switch|fallthrough statement out of place"
	}
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
	}
}
