// churn: a small live heap under a large allocation volume. Keeps about
// 10 MiB live in a ring of records while allocating CHURN_MB MiB in total
// (default 10240: 10 GiB, issue 5's figure), each record a 48-byte header
// holding a byte slice of 16 to 1024 bytes and a pointer to the record
// made before it; every new record replaces the oldest. The first line
// reports the peak resident set (VmHWM from /proc/self/status, Linux) and
// differs between implementations; the last line is the checksum bench/run
// compares.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type record struct {
	buf  []byte
	prev *record // the record made just before it, until that one dies
	seq  int
}

const liveBytes = 10 << 20

// procKB reads a field such as "VmHWM:" from /proc/self/status, in KiB.
func procKB(field string) int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, field) {
			if f := strings.Fields(line); len(f) >= 2 {
				kb, _ := strconv.Atoi(f[1])
				return kb
			}
		}
	}
	return 0
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func main() {
	total := envInt("CHURN_MB", 10240) << 20
	// average record: 48-byte header + (16+32+...+1024)/7 bytes
	ring := make([]*record, liveBytes/(48+2032/7))
	allocated := 0
	check := 0
	x := uint32(7)
	for i := 0; allocated < total; i++ {
		x = x*1664525 + 1013904223
		size := 16 << ((x >> 16) % 7)
		r := &record{buf: make([]byte, size), seq: i}
		r.buf[0] = byte(i)
		r.buf[size-1] = byte(x >> 24)
		slot := i % len(ring)
		if old := ring[slot]; old != nil {
			check += int(old.buf[0]) + int(old.buf[len(old.buf)-1])
			if old.prev != nil {
				check += old.prev.seq & 1
			}
			// old dies: cutting its link frees its predecessor too, so
			// a dead record outlives its replacement by one step only
			old.prev = nil
		}
		r.prev = ring[(slot+len(ring)-1)%len(ring)]
		ring[slot] = r
		allocated += 48 + size
	}
	fmt.Printf("churn: %d MiB allocated, peak RSS %d MiB\n", allocated>>20, procKB("VmHWM:")>>10)
	fmt.Println("records", len(ring), "check", check)
}
