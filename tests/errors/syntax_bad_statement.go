package main

func main() {
	var x int =
	x++ // ERROR "syntax error: unexpected [+][+]"
}
