package main

type Level int

func main() {
	panic(Level(3))
}

// Panic: panic: main.Level(3)
// Exit: 2
