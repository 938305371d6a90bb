// close wakes every receiver: goroutines blocked in receive, in range and
// in select all see the close; comma-ok reports it; buffered values are
// still delivered first.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	res := make([]string, 9)
	for i := 0; i < 3; i++ {
		wg.Add(3)
		go func(i int) {
			defer wg.Done()
			v, ok := <-c
			res[i] = fmt.Sprint("recv ", v, ok)
		}(i)
		go func(i int) {
			defer wg.Done()
			n := 0
			for range c {
				n++
			}
			res[3+i] = fmt.Sprint("range ", n)
		}(i)
		go func(i int) {
			defer wg.Done()
			select {
			case v, ok := <-c:
				res[6+i] = fmt.Sprint("select ", v, ok)
			}
		}(i)
	}
	close(c)
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}

	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	close(b)
	for i := 0; i < 4; i++ {
		v, ok := <-b
		fmt.Printf("%q %v %d\n", v, ok, len(b))
	}
}

// Output:
// recv 0 false
// recv 0 false
// recv 0 false
// range 0
// range 0
// range 0
// select 0 false
// select 0 false
// select 0 false
// "x" true 1
// "y" true 0
// "" false 0
// "" false 0
