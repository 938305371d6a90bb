package main

import "errors"

func main() {
	defer func() {}()
	panic(errors.New("disk full"))
}

// Panic: panic: disk full
// Exit: 2
