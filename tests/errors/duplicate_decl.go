package main

var x = 1

var x = 2 // ERROR "x redeclared in this block"

func f() {}

func f() {} // ERROR "f redeclared in this block"

type T int

type T string // ERROR "T redeclared in this block"

func main() {
	var y int
	var y string // ERROR "y redeclared in this block"
	_ = y
}
