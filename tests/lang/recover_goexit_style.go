package main

import (
	"errors"
	"fmt"
)

var ErrStop = errors.New("stop")

func mustPositive(n int) int {
	if n < 0 {
		panic(ErrStop)
	}
	return n
}

func sum(xs ...int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrStop) {
				err = e
				return
			}
			panic(r)
		}
	}()
	for _, x := range xs {
		total += mustPositive(x)
	}
	return total, nil
}

func main() {
	fmt.Println(sum(1, 2, 3))
	fmt.Println(sum(1, -2, 3))
}

// Output:
// 6 <nil>
// 1 stop
