package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	panic(fmt.Errorf("context: %w", base))
}

// Panic: panic: context: base
// Exit: 2
