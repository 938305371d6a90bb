package main

const limit = 10

func main() {
	limit = 20 // ERROR "cannot assign to limit"
	const local = "a"
	local = "b" // ERROR "cannot assign to local"
	limit++     // ERROR "cannot assign to limit"
}
