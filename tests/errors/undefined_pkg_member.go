package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printline("x")             // ERROR "undefined: fmt.Printline|Printline not declared by package fmt"
	fmt.Println(strings.Reverse("ab")) // ERROR "undefined: strings.Reverse|Reverse not declared by package strings"
}
