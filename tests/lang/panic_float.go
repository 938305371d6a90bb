package main

func main() {
	x := 2.5
	panic(x * 2)
}

// Panic: panic: +5.000000e+000
// Exit: 2
