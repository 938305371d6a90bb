package main

import "fmt"

type Config struct {
	Name  string
	Inner *Config
}

func main() {
	c := &Config{Name: "root"}
	fmt.Println(c.Name)
	fmt.Println(c.Inner.Name)
}

// Output:
// root
// Panic: panic: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
