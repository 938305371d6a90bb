package main

func main() {
	ch := make(chan bool)
	close(ch)
	close(ch)
}

// Panic: panic: close of closed channel
// Exit: 2
