// A goroutine recovers its own panic; main carries on.
package main

import "fmt"

func safe(id int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("recovered ", id, ": ", r)
		}
	}()
	if id%2 == 1 {
		panic(fmt.Sprint("odd ", id))
	}
	out <- fmt.Sprint("ok ", id)
}

func main() {
	for i := 0; i < 4; i++ {
		out := make(chan string)
		go safe(i, out)
		fmt.Println(<-out)
	}
}

// Output:
// ok 0
// recovered 1: odd 1
// ok 2
// recovered 3: odd 3
