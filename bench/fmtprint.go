// fmtprint: fmt-heavy formatting of 1e6 lines through a buffered stdout;
// the last line is a checksum (bench/run compares only the last line).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	names := []string{"alpha", "beta", "gamma", "delta"}
	total := 0
	for i := 0; i < 1000000; i++ {
		n, _ := fmt.Fprintf(w, "%d %s %.3f %x %5d|%-6s|\n", i, names[i%4], float64(i)/3, i, i%1000, names[(i+1)%4])
		total += n
	}
	fmt.Fprintf(w, "bytes %d\n", total)
	w.Flush()
}
