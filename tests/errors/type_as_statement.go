package main

// A type where a statement's expression belongs is a type error, not a
// syntax error, whatever kind of type it is.

type T struct{}

func main() {
	T           // ERROR "T [(]type[)] is not an expression"
	[]int       // ERROR "\[\]int [(]type[)] is not an expression"
	map[int]T   // ERROR "map\[int\]T [(]type[)] is not an expression"
	struct{}    // ERROR "struct\{\} [(]type[)] is not an expression"
	chan int    // ERROR "chan int [(]type[)] is not an expression"
	func()      // ERROR "func[(][)] [(]type[)] is not an expression"
	interface{} // ERROR "interface\{\} [(]type[)] is not an expression"
	[2]string   // ERROR "\[2\]string [(]type[)] is not an expression"
}
