package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("eof")
	e1 := fmt.Errorf("read %d bytes: %v", 10, base)
	e2 := fmt.Errorf("read %s: %w", "file.txt", base)
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	fmt.Println(e2, errors.Unwrap(e2) == base)
	fmt.Println(errors.Is(e1, base), errors.Is(e2, base))
	e3 := fmt.Errorf("no wrap")
	fmt.Println(e3.Error(), errors.Unwrap(e3))
	fmt.Printf("%q\n", e2)
	fmt.Printf("[%v] [%s]\n", e2, e2)
}

// Output:
// read 10 bytes: eof true
// read file.txt: eof true
// false true
// no wrap <nil>
// "read file.txt: eof"
// [read file.txt: eof] [read file.txt: eof]
