// len and cap of channels: buffered, unbuffered, nil, after close.
package main

import "fmt"

func main() {
	var n chan int
	u := make(chan int)
	b := make(chan string, 5)
	fmt.Println(len(n), cap(n), len(u), cap(u), len(b), cap(b))
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	<-b
	fmt.Println(len(b))
	close(b)
	fmt.Println(len(b), cap(b))
	big := make(chan [3]int, 100000)
	for i := 0; i < 100000; i++ {
		big <- [3]int{i, i, i}
	}
	fmt.Println(len(big), <-big, len(big))
}

// Output:
// 0 0 0 0 0 5
// 2 5
// 1
// 1 5
// 100000 [0 0 0] 99999
