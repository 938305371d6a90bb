package main

import "fmt"

func main() {
	var v interface{} = 1
	switch x := v.(type) { // ERROR "x declared (and|but) not used|declared (and|but) not used"
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	}
}
