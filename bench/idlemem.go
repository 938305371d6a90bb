// idlemem: the memory an idle goroutine costs. Starts 100,000 goroutines
// that all block receiving from one channel and reports
// (resident set size after - before) / 100,000, read from
// /proc/self/status (Linux), then releases them. The first line is the
// measurement (it differs between implementations); the last line is the
// checksum bench/run compares.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

const n = 100000

// rssKB reads VmRSS from /proc/self/status, in KiB (0 if unavailable).
func rssKB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.Atoi(f[1])
				return kb
			}
		}
	}
	return 0
}

func main() {
	before := rssKB()
	block := make(chan int)
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	sum := 0
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			v := <-block
			mu.Lock()
			sum += v
			mu.Unlock()
			done.Done()
		}()
	}
	started.Wait()
	after := rssKB()
	fmt.Printf("bytes per parked goroutine: %d\n", (after-before)*1024/n)
	close(block)
	done.Wait()
	fmt.Println("released", n, "goroutines, sum", sum)
}
