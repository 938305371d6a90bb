package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(s - "b") // ERROR "operator - not defined on s"
	b := true
	fmt.Println(b + b) // ERROR "operator [+] not defined on b"
	fmt.Println(!5)    // ERROR "operator ! not defined on 5"
	f := 1.5
	fmt.Println(f % 2) // ERROR "operator % not defined on f"
	fmt.Println(-s)    // ERROR "operator - not defined on s"
}
