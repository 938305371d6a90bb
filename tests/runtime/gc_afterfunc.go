package main

// Objects reachable only from a pending timer's callback survive: the
// closures given to time.AfterFunc capture pointers, slices and strings
// that nothing else references; the timers fire after several
// collections (each callback runs on its own goroutine, so the lines
// are sorted before printing).

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

type payload struct {
	id    int
	words []string
}

func schedule(i int, out chan<- string, wg *sync.WaitGroup) *time.Timer {
	p := &payload{id: i}
	for j := 0; j <= i%4; j++ {
		p.words = append(p.words, strings.Repeat(string(rune('a'+j)), j+1))
	}
	label := fmt.Sprint("timer", i)
	return time.AfterFunc(time.Duration(30+i*5)*time.Millisecond, func() {
		out <- fmt.Sprintf("%s id=%d %s", label, p.id, strings.Join(p.words, ","))
		wg.Done()
	})
}

func main() {
	out := make(chan string, 16)
	var wg sync.WaitGroup
	wg.Add(7)
	for i := 0; i < 8; i++ {
		t := schedule(i, out, &wg)
		if i == 5 {
			t.Stop()
		}
	}
	for r := 0; r < 4; r++ {
		var junk [][]string
		for i := 0; i < 3000; i++ {
			junk = append(junk, []string{fmt.Sprint(i)})
			if len(junk) > 40 {
				junk = nil
			}
		}
		runtime.GC()
	}
	wg.Wait()
	close(out)
	var lines []string
	for s := range out {
		lines = append(lines, s)
	}
	sort.Strings(lines)
	for _, s := range lines {
		fmt.Println(s)
	}
}

// Output:
// timer0 id=0 a
// timer1 id=1 a,bb
// timer2 id=2 a,bb,ccc
// timer3 id=3 a,bb,ccc,dddd
// timer4 id=4 a
// timer6 id=6 a,bb,ccc
// timer7 id=7 a,bb,ccc,dddd
