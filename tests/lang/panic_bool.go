package main

func main() {
	panic(1 < 2)
}

// Panic: panic: true
// Exit: 2
