package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) string { return fmt.Sprint(n, ":", s) }

func swap(a, b int) (int, int) { return b, a }

func variadic(xs ...interface{}) int { return len(xs) }

func main() {
	fmt.Println(show(pair()))
	fmt.Println(swap(swap(1, 2)))
	fmt.Println(variadic(pair()))
	fmt.Println(pair())
	a, b := swap(3, 4)
	fmt.Println(a, b)
}

// Output:
// 7:seven
// 1 2
// 2
// 7 seven
// 4 3
