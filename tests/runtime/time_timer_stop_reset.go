// Timer Stop and Reset: Stop before firing reports true and prevents the
// send; Stop after firing reports false; Reset re-arms a stopped or fired
// timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("stop fired:", t2.Stop())

	start := time.Now()
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset:", time.Since(start) >= 5*time.Millisecond)

	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired")

	t4 := time.NewTimer(100 * time.Millisecond)
	t4.Stop()
	select {
	case <-t4.C:
		fmt.Println("stopped timer fired")
	case <-time.After(150 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}

	t5 := time.NewTimer(0)
	<-t5.C
	fmt.Println("zero timer fired")
}

// Output:
// stop pending: true
// stop again: false
// stop fired: false
// reset stopped: false
// fired after reset: true
// reset pending: true
// t3 fired
// stopped timer stayed silent
// zero timer fired
