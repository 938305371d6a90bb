// Non-blocking sends and receives with select default.
package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	fmt.Println(tryRecv(u))
	close(c)
	v, ok := tryRecv(c)
	fmt.Println(v, ok)
}

// Output:
// true true false
// 1 true
// 2 true
// 0 false
// false
// 0 false
// 0 true
