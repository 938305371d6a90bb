package main

// Objects reachable only from a channel's buffer survive: pointers,
// strings, slices, structs and channels queued in buffered channels while
// the senders' references are gone and garbage is collected.

import (
	"fmt"
	"runtime"
)

type msg struct {
	seq  int
	body []byte
}

type env struct {
	from string
	m    *msg
}

func fill(pc chan *msg, sc chan string, bc chan []int, ec chan env, cc chan chan *msg) {
	for i := 0; i < 64; i++ {
		pc <- &msg{seq: i, body: []byte(fmt.Sprint("body", i))}
		sc <- fmt.Sprint("string-", i)
		bc <- []int{i, i * i}
		ec <- env{from: fmt.Sprint("f", i), m: &msg{seq: 100 + i}}
	}
	for i := 0; i < 4; i++ {
		c := make(chan *msg, 2)
		c <- &msg{seq: 1000 + i}
		cc <- c
	}
}

func churn() {
	for r := 0; r < 5; r++ {
		var keep [][]int
		for i := 0; i < 3000; i++ {
			keep = append(keep, make([]int, 4))
			if len(keep) == 64 {
				keep = nil
			}
		}
		runtime.GC()
	}
}

func main() {
	pc := make(chan *msg, 64)
	sc := make(chan string, 64)
	bc := make(chan []int, 64)
	ec := make(chan env, 64)
	cc := make(chan chan *msg, 4)
	fill(pc, sc, bc, ec, cc)
	churn()

	s := 0
	for i := 0; i < 64; i++ {
		m := <-pc
		s += m.seq + len(m.body)
		s += len(<-sc)
		b := <-bc
		s += b[0] + b[1]
		e := <-ec
		s += e.m.seq + len(e.from)
		if i%16 == 0 {
			runtime.GC()
		}
	}
	for i := 0; i < 4; i++ {
		c := <-cc
		s += (<-c).seq
	}
	fmt.Println("checksum", s)
}

// Output:
// checksum 102920
