//go:build go1.22

package main

import "fmt"

type Count uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	var c Count = 4
	for i := range c {
		fmt.Printf("%T %v; ", i, i)
	}
	fmt.Println()
	limit := 3
	sum := 0
	for i := range limit {
		limit = 10 // the range expression is evaluated once
		sum += i
	}
	fmt.Println(sum, limit)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	const k = 2
	for i := range k {
		fmt.Printf("%T %d\n", i, i)
	}
	var i int64
	for i = range int64(3) {
	}
	fmt.Println(i)
}

// Output:
// 0 1 2 3 4 
// 3
// main.Count 0; main.Count 1; main.Count 2; main.Count 3; 
// 3 10
// 0 1 4 
// int 0
// int 1
// 2
