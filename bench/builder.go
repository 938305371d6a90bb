// builder: strings.Builder appends (strings, bytes, runes) in many
// medium-sized builds.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"lorem", "ipsum", "dolor", "sit", "amet", "consectetur"}
	total := 0
	check := 0
	for round := 0; round < 200; round++ {
		var b strings.Builder
		for i := 0; i < 10000; i++ {
			b.WriteString(words[(i+round)%6])
			b.WriteByte(' ')
			if i%10 == 9 {
				b.WriteRune('é')
				b.WriteByte('\n')
			}
		}
		s := b.String()
		total += len(s)
		check = (check*31 + int(s[len(s)/2]) + len(s)) % 1000000007
	}
	fmt.Println(total, check)
}
