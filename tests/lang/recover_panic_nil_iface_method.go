package main

import "fmt"

type Animal interface{ Sound() string }

func speak(a Animal) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "error: " + r.(error).Error()
		}
	}()
	return a.Sound()
}

type Cat struct{}

func (Cat) Sound() string { return "meow" }

func main() {
	fmt.Println(speak(Cat{}))
	fmt.Println(speak(nil))
}

// Output:
// meow
// error: runtime error: invalid memory address or nil pointer dereference
