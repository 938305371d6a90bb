// Tickers, timers (Stop/Reset), AfterFunc and elapsed time.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n, time.Since(start) >= 10*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("reset fired")

	done := make(chan string)
	time.AfterFunc(3*time.Millisecond, func() { done <- "afterfunc" })
	fmt.Println(<-done)

	d := 1500 * time.Millisecond
	fmt.Println(d, d/3, 2*time.Hour+3*time.Second, time.Duration(999), d.Seconds())
}

// Output:
// ticks: 5 true
// stop: true false
// reset fired
// afterfunc
// 1.5s 500ms 2h0m3s 999ns 1.5
