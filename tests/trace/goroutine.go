// A panic in a goroutine other than main's: the trace shows only that
// goroutine, ending with the "created by" line of the go statement.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	name  string
	parts []int
}

//go:noinline
func worker(id int, jobs <-chan job, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Println("worker", id, "got", j.name)
		fmt.Println(j.parts[2])
	}
}

func main() {
	jobs := make(chan job)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, jobs, &wg)
	jobs <- job{"ok", []int{1, 2, 3}}
	jobs <- job{"bad", []int{1}}
	close(jobs)
	wg.Wait()
}
