package main

// GOGC and GOMEMLIMIT from the environment, read as Go reads them: the
// settings are reported by the setters, and a program allocating many
// times its live heap at GOGC=25 completes cycles and keeps its data.

// Env: GOGC=25 GOMEMLIMIT=512MiB

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type blob struct {
	id   int
	data []byte
}

var sink *blob

func main() {
	pct := debug.SetGCPercent(25)
	fmt.Println("GOGC", pct)
	fmt.Println("GOMEMLIMIT", debug.SetMemoryLimit(-1)>>20, "MiB")
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	live := make([]*blob, 100)
	for i := range live {
		live[i] = &blob{id: i, data: make([]byte, 10<<10)}
		live[i].data[0] = byte(i)
	}
	for i := 0; i < 4000; i++ {
		sink = &blob{id: -i, data: make([]byte, 8<<10)}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("automatic cycles:", m.NumGC-before > 3)
	s := 0
	for _, b := range live {
		s += b.id + int(b.data[0]) + len(b.data)
	}
	fmt.Println("live", s)
}

// Output:
// GOGC 25
// GOMEMLIMIT 512 MiB
// automatic cycles: true
// live 1033900
