// A server goroutine owns state; clients send requests carrying reply
// channels.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	key   string
	delta int
	reply chan int
}

func server(reqs <-chan request) {
	state := map[string]int{}
	for r := range reqs {
		state[r.key] += r.delta
		r.reply <- state[r.key]
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			reply := make(chan int)
			for j := 0; j < 10; j++ {
				reqs <- request{fmt.Sprint("k", i%4), 1, reply}
				<-reply
			}
		}(i)
	}
	wg.Wait()
	reply := make(chan int)
	for _, k := range []string{"k0", "k1", "k2", "k3"} {
		reqs <- request{k, 0, reply}
		fmt.Println(k, <-reply)
	}
	close(reqs)
}

// Output:
// k0 50
// k1 50
// k2 50
// k3 50
