package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 10
	fmt.Println(s, *p)
	q := (*[4]int)(s)
	fmt.Println(q[3])
	defer func() {
		_, ok := recover().(error)
		fmt.Println("recovered runtime error:", ok)
	}()
	_ = (*[5]int)(s)
}

// Output:
// [10 2 3 4] [10 2]
// 4
// recovered runtime error: true
