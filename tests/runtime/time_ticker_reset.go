// Ticker.Reset changes the period; time.Tick works too.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Hour)
	t.Reset(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
	}
	t.Stop()
	fmt.Println("3 ticks after Reset")
	c := time.Tick(time.Millisecond)
	<-c
	<-c
	fmt.Println("time.Tick ticks")
}

// Output:
// 3 ticks after Reset
// time.Tick ticks
