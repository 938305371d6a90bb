// Timers started in any order each fire no earlier than their deadline,
// and the time a timer delivers is when it fired. (Arrival order is not
// asserted: a loaded machine may delay a goroutine after its timer fired.)
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	type fired struct {
		d  int
		ok bool
	}
	out := make(chan fired, 5)
	delays := []int{50, 10, 40, 20, 30}
	start := time.Now()
	for _, d := range delays {
		d := d
		go func() {
			dur := time.Duration(d) * time.Millisecond
			t := <-time.After(dur)
			out <- fired{d, t.Sub(start) >= dur && !time.Now().Before(t)}
		}()
	}
	var got []int
	allOK := true
	for i := 0; i < 5; i++ {
		f := <-out
		got = append(got, f.d)
		allOK = allOK && f.ok
	}
	sort.Ints(got)
	fmt.Println(got, "no timer early:", allOK)
}

// Output:
// [10 20 30 40 50] no timer early: true
