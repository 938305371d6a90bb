// A deferred function that recovers and panics again: the first panic is
// printed [recovered], the trace starts in the deferred literal and goes
// through Go's panic({...}) frame to the type assertion that failed.
package main

import "fmt"

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

//go:noinline
func convert(v interface{}, scale celsius) int {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("convert: ", r, " at ", scale))
		}
	}()
	return v.(int) * int(scale)
}

func main() {
	fmt.Println(convert(3, 2))
	fmt.Println(convert("three", 2))
}
