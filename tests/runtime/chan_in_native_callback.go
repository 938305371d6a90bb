// Blocking operations inside callbacks from natives: a String method that
// receives from a channel while fmt formats it, a sort.Slice less function
// that takes a contended mutex, and a select inside a callback. The
// goroutine waits pinned to its thread; others keep running.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type lazy struct{ c chan string }

func (l lazy) String() string { return <-l.c }

type sender struct{ c chan int }

func (s sender) String() string {
	s.c <- 42
	select {
	case s.c <- 43:
	}
	return "sent"
}

func main() {
	c := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			c <- fmt.Sprint("value ", i)
		}
	}()
	fmt.Println(lazy{c})
	fmt.Printf("%v and %s\n", lazy{c}, lazy{c})

	ic := make(chan int)
	got := make(chan int, 2)
	go func() {
		got <- <-ic
		got <- <-ic
	}()
	fmt.Println(sender{ic})
	fmt.Println(<-got, <-got)

	var mu sync.Mutex
	s := []int{5, 3, 9, 1, 7}
	hold := make(chan bool)
	release := make(chan bool)
	go func() {
		mu.Lock()
		hold <- true
		<-release
		mu.Unlock()
	}()
	<-hold
	go func() { release <- true }()
	sort.Slice(s, func(i, j int) bool {
		mu.Lock()
		defer mu.Unlock()
		return s[i] < s[j]
	})
	fmt.Println(s)

	words := make(chan string, 1)
	go func() { words <- "mapped" }()
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'x' {
			w := <-words
			return rune(w[0])
		}
		return r
	}, "axb"))
}

// Output:
// value 0
// value 1 and value 2
// sent
// 42 43
// [1 3 5 7 9]
// amb
