// 200 goroutines each sleep 20ms: they sleep at the same time, so the
// whole takes far less than 200 * 20ms.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(20 * time.Millisecond)
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println("at least 20ms:", el >= 20*time.Millisecond, "well under 4s:", el < 2*time.Second)
}

// Output:
// at least 20ms: true well under 4s: true
