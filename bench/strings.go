package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	total := 0
	checksum := 0
	for round := 0; round < 60000; round++ {
		var sb strings.Builder
		for i := 0; i < 20; i++ {
			sb.WriteString(words[(round+i)%len(words)])
			sb.WriteString(",")
		}
		line := sb.String()
		parts := strings.Split(line, ",")
		joined := strings.Join(parts, "-")
		upper := strings.ToUpper(joined)
		total += len(upper)
		if strings.Contains(upper, "GAMMA-DELTA") {
			checksum += strings.Index(upper, "GAMMA-DELTA")
		}
		s := ""
		for i := 0; i < 10; i++ {
			s += words[i%len(words)]
		}
		total += len(s)
	}
	fmt.Println("strings", total, checksum)
}
