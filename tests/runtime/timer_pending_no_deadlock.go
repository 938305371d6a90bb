// Every goroutine is blocked but a timer is pending: not a deadlock. The
// timer's function wakes main.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	time.AfterFunc(30*time.Millisecond, func() { c <- "woken by AfterFunc" })
	fmt.Println(<-c)
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("woken by timer")
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("woken in select")
	}
}

// Output:
// woken by AfterFunc
// woken by timer
// woken in select
