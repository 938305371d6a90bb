// A ring of goroutines each waiting to receive from the next: nobody ever
// sends first.
package main

func main() {
	const n = 5
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 1; i < n; i++ {
		go func(i int) {
			v := <-chans[i]
			chans[(i+1)%n] <- v
		}(i)
	}
	<-chans[0]
}

// Panic: fatal error: all goroutines are asleep - deadlock!
// Exit: 2
