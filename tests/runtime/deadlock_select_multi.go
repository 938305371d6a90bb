// A select over two channels that nobody will ever use, while another
// goroutine is blocked too.
package main

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go func() { <-c }()
	select {
	case <-a:
	case b <- 1:
	}
}

// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
