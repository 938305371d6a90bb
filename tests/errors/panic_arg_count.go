package main

func main() {
	panic(1, 2) // ERROR "too many arguments"
}
