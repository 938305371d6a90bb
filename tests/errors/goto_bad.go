package main

import "fmt"

func main() {
	goto inner // ERROR "goto inner jumps into block"
	{
	inner:
		fmt.Println("inner")
	}
	goto skip // ERROR "goto skip jumps over (variable )?declaration"
	v := 3
skip:
	fmt.Println(v)
}
