package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "x", true }

func pass() (int, int) { return divmod(47, 5) }

func add(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	if v, err := safeDiv(10, 0); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println(v)
	}
	v, err := safeDiv(10, 3)
	fmt.Println(v, err)
	fmt.Println(swap("a", "b"))
	n, s, ok := three()
	fmt.Println(n, s, ok)
	fmt.Println(pass())
	fmt.Println(add(divmod(9, 4)))
	_, rem := divmod(100, 7)
	fmt.Println(rem)
}

// Output:
// 3 2
// error: division by zero
// 3 <nil>
// b a
// 1 x true
// 9 2
// 3
// 2
