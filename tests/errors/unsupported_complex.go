// golem-only: complex numbers are not supported yet

package main

import "fmt"

func main() {
	var c complex128 // ERROR "complex numbers are not supported"
	fmt.Println(c)
}
