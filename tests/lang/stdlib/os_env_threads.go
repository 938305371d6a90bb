// The environment under goroutines on several threads: Setenv, Unsetenv,
// Getenv, LookupEnv and Environ at once (golem serialises them with one
// process-wide lock, as Go's syscall.envLock does).
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			key := fmt.Sprintf("GOLEM_ENV_THREADS_%d", w)
			for i := 0; i < 300; i++ {
				val := strings.Repeat("v", i%50)
				if err := os.Setenv(key, val); err != nil {
					panic(err)
				}
				if got := os.Getenv(key); got != val {
					panic("lost " + key)
				}
				if i%7 == 0 {
					os.Unsetenv(key)
					if _, ok := os.LookupEnv(key); ok {
						panic("still set " + key)
					}
				}
				if i%25 == 0 {
					for _, kv := range os.Environ() {
						if !strings.Contains(kv, "=") {
							panic("bad entry " + kv)
						}
					}
				}
			}
		}(w)
	}
	wg.Wait()
	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOLEM_ENV_THREADS_") {
			n++
		}
	}
	fmt.Println(n, len(os.Getenv("GOLEM_ENV_THREADS_0")))
	_, ok := os.LookupEnv("A\x00B")
	fmt.Println(ok, os.Setenv("A\x00B", "x") != nil, os.Setenv("K", "a\x00b") != nil)
}

// Output:
// 4 49
// false true true
