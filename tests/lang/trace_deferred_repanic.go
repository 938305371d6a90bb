// Recovering in a deferred call and panicking again with a wrapped error:
// the first line shows both panics, the first marked [recovered].
package main

import (
	"errors"
	"fmt"
)

var errLimit = errors.New("limit reached")

func check(n int) {
	if n > 2 {
		panic(errLimit)
	}
}

func process(items []int) (count int) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("process stopped after %d items: %w", count, r.(error)))
		}
	}()
	for _, it := range items {
		check(it)
		count++
	}
	return count
}

func main() {
	fmt.Println(process([]int{1, 2}))
	fmt.Println(process([]int{1, 2, 3}))
}

// Output:
// 2
// Panic: panic: limit reached [recovered]
// Exit: 2
