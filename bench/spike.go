// spike: memory returned after a spike. Allocates SPIKE_MB MiB (default
// 1024) of 1 KiB byte slices, all live at once, drops them, then
// allocates nothing for SPIKE_WAIT seconds (default 10) and reads the
// resident set (VmRSS from /proc/self/status, Linux) each second. The
// first line reports the peak and the RSS after 0, 1, 2, 5 and 10
// seconds; it differs between implementations. The last line is the
// checksum bench/run compares.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// procKB reads a field such as "VmRSS:" from /proc/self/status, in KiB.
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

func fill(n int) int {
	chunks := make([][]byte, n)
	for i := range chunks {
		b := make([]byte, 1024)
		b[i&1023] = byte(i)
		chunks[i] = b
	}
	sum := 0
	for i, b := range chunks {
		sum += int(b[i&1023])
	}
	return sum
}

func main() {
	mb := envInt("SPIKE_MB", 1024)
	wait := envInt("SPIKE_WAIT", 10)
	sum := fill(mb << 10)
	peak := procKB("VmHWM:") >> 10
	rss := []int{procKB("VmRSS:") >> 10}
	for s := 1; s <= wait; s++ {
		time.Sleep(time.Second)
		rss = append(rss, procKB("VmRSS:")>>10)
	}
	line := fmt.Sprintf("spike: peak %d MiB; RSS after", peak)
	for s, r := range rss {
		if s <= 2 || s == 5 || s == wait {
			line += fmt.Sprintf(" %ds %d", s, r)
		}
	}
	fmt.Println(line, "MiB")
	fmt.Println("chunks", mb<<10, "sum", sum)
}
