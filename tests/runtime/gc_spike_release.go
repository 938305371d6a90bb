package main

// A spike of memory that is then dropped goes back to the OS: after
// debug.FreeOSMemory most of it is counted as released.

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var spike [][]byte

func main() {
	for i := 0; i < 200; i++ {
		spike = append(spike, make([]byte, 1<<20))
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("spike live:", ms.HeapAlloc > 190<<20)
	spike = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&ms)
	fmt.Println("heap back down:", ms.HeapAlloc < 20<<20)
	fmt.Println("released to the OS:", ms.HeapReleased > 150<<20)
	fmt.Println("idle is released:", ms.HeapIdle-ms.HeapReleased < 32<<20)
}

// Output:
// spike live: true
// heap back down: true
// released to the OS: true
// idle is released: true
