// RWMutex: readers share the lock, a writer excludes everyone; the
// invariant (two fields always equal) holds for every reader.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	a, b int
}

func main() {
	s := &store{}
	var wg sync.WaitGroup
	bad := 0
	var badMu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				s.mu.Lock()
				s.a++
				s.b++
				s.mu.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				s.mu.RLock()
				if s.a != s.b {
					badMu.Lock()
					bad++
					badMu.Unlock()
				}
				s.mu.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.a, s.b, "inconsistent reads:", bad)

	// Two readers hold the lock at the same time.
	var rw sync.RWMutex
	in := make(chan bool)
	release := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			rw.RLock()
			in <- true
			<-release
			rw.RUnlock()
			in <- true
		}()
	}
	<-in
	<-in
	fmt.Println("two readers inside; TryLock:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	<-in
	<-in
	fmt.Println("after release TryLock:", rw.TryLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker TryLock:", rw.TryLock())
	l.Unlock()
}

// Output:
// 2000 2000 inconsistent reads: 0
// two readers inside; TryLock: false TryRLock: true
// after release TryLock: true
// RLocker TryLock: false
