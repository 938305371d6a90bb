package main

import "fmt"

func main() {
	x := []int{1, 2, 3 // ERROR "syntax error: unexpected newline in composite literal"
	}
	fmt.Println(x)
}
