// fmt calls String, whose deep recursion grows the goroutine stack while
// Println (a native called with its window at the stack's start) still
// holds its arguments: the old stack must survive until Println returns.
package main

import "fmt"

type T struct{ n int }

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

func (t *T) String() string { return fmt.Sprint("T", deep(t.n)) }

func main() {
	fmt.Println(&T{2000})
	fmt.Println(&T{1}, &T{2}, nil)
	fmt.Println("ok")
}

// Output:
// T2001000
// T1 T3 <nil>
// ok
